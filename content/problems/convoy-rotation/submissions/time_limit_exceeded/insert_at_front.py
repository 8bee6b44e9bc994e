# Copies the sleds into a Python list and moves the last one to the front once per hour (after
# k %= n): list.insert(0, ...) shifts every element, so O(n * (k mod n)).
def solve(head, k):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    if not values:
        return None
    for _ in range(k % len(values)):
        values.insert(0, values.pop())
    result = None
    for value in reversed(values):
        result = ListNode(value, result)
    return result
