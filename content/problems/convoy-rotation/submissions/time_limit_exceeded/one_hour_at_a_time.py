# Simulates every hour (after k %= n): each move walks to the tail, so O(n * k).
def solve(head, k):
    if head is None or head.next is None:
        return head
    n, node = 0, head
    while node is not None:
        node, n = node.next, n + 1
    for _ in range(k % n):
        before = head
        while before.next.next is not None:
            before = before.next
        last, before.next = before.next, None
        last.next, head = head, last
    return head
