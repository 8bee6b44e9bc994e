# O(N * k): merges each convoy into the growing result; 5 * 10^8 steps on secret/11-large-many-short.
def solve(convoys):
    result = None
    for convoy in convoys:
        dummy = tail = ListNode()
        a, b = result, convoy
        while a is not None and b is not None:
            if a.val <= b.val:
                tail.next, a = a, a.next
            else:
                tail.next, b = b, b.next
            tail = tail.next
        tail.next = a if a is not None else b
        result = dummy.next
    return result
