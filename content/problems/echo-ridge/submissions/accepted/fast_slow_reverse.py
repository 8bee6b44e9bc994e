# Fast and slow pointers find the middle; reverse the second half in place; compare the halves;
# reverse it back so the caller's list is unchanged. O(n) time, O(1) extra memory.
def reverse(node):
    prev = None
    while node is not None:
        node.next, prev, node = prev, node, node.next
    return prev


def solve(head):
    if head is None or head.next is None:
        return True
    slow = fast = head
    while fast.next is not None and fast.next.next is not None:
        slow, fast = slow.next, fast.next.next
    # slow is the last node of the first half (the middle itself for an odd length).
    second = reverse(slow.next)
    same, a, b = True, head, second
    while b is not None:
        if a.val != b.val:
            same = False
            break
        a, b = a.next, b.next
    slow.next = reverse(second)
    return same
