# Mistake: reverses every group, not every other one.
# Caught by sample/1 and secret/06-short-last-kept.
def solve(head, k):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    out = []
    for start in range(0, len(values), k):
        out.extend(values[start : start + k][::-1])
    result = None
    for v in reversed(out):
        result = ListNode(v, result)
    return result
