# Closes the list into a ring, then cuts it n - k % n nodes after the old head.
def solve(head, k):
    if head is None:
        return None
    n, tail = 1, head
    while tail.next is not None:
        tail, n = tail.next, n + 1
    k %= n
    if k == 0:
        return head
    tail.next = head
    new_tail = head
    for _ in range(n - k - 1):
        new_tail = new_tail.next
    new_head, new_tail.next = new_tail.next, None
    return new_head
