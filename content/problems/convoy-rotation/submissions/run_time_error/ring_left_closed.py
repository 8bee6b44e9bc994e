# Closes the list into a ring to rotate it and returns the new head without cutting the ring open:
# the returned "list" never ends (the judge reports a cycle).
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
    return new_tail.next
