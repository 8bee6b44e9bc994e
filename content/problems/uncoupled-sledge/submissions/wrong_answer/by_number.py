# Mistake: finds the number of the k-th sledge from the back, then removes every sledge with that
# number. Caught by secret/07-duplicates.
def solve(head, k):
    values = []
    node = head
    while node is not None:
        values.append(node.val)
        node = node.next
    if k > len(values):
        return head
    target = values[-k]
    dummy = ListNode(0, head)
    node = dummy
    while node.next is not None:
        if node.next.val == target:
            node.next = node.next.next
        else:
            node = node.next
    return dummy.next
