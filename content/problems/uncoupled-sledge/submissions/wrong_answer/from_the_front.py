# Mistake: removes the k-th sledge from the front instead of from the back.
# Caught by sample/1 and secret/08-front-vs-back.
def solve(head, k):
    n, node = 0, head
    while node is not None:
        n, node = n + 1, node.next
    if k > n:
        return head
    dummy = ListNode(0, head)
    before = dummy
    for _ in range(k - 1):
        before = before.next
    before.next = before.next.next
    return dummy.next
