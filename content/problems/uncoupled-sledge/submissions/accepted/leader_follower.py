def solve(head, k):
    leader = head
    for _ in range(k):
        if leader is None:
            return head  # fewer than k sledges
        leader = leader.next
    dummy = ListNode(0, head)  # a node in front of the head: removing the head is no special case
    follower = dummy
    while leader is not None:
        leader, follower = leader.next, follower.next
    follower.next = follower.next.next
    return dummy.next
