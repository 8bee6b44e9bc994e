# Reduces k modulo the length before checking for an empty convoy: 0 sleds divide by zero.
def solve(head, k):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    k %= len(values)
    values = values[len(values) - k:] + values[: len(values) - k]
    result = None
    for value in reversed(values):
        result = ListNode(value, result)
    return result
