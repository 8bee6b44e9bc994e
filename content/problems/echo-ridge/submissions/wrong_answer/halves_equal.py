# Mistake: finds the middle with fast and slow pointers, then compares the second half with the first
# without reversing it: that checks a repeat, not a mirror. Caught by sample 1 and
# secret/07-repeat-not-mirror.
def solve(head):
    if head is None or head.next is None:
        return True
    slow = fast = head
    while fast.next is not None and fast.next.next is not None:
        slow, fast = slow.next, fast.next.next
    a, b = head, slow.next
    while b is not None:
        if a.val != b.val:
            return False
        a, b = a.next, b.next
    return True
