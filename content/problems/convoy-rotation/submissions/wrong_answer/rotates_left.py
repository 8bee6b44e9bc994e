# Moves the first sled to the back instead of the last to the front.
def solve(head, k):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    if not values:
        return None
    k %= len(values)
    rotated = values[k:] + values[:k]
    result = None
    for value in reversed(rotated):
        result = ListNode(value, result)
    return result
