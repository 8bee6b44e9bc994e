# Mistake: assumes the train has at least k sledges; the leader runs off the end and the code
# follows None. Crashes (AttributeError) on sample/3.
def solve(head, k):
    dummy = ListNode(0, head)
    leader = follower = dummy
    for _ in range(k):
        leader = leader.next
    while leader.next is not None:
        leader, follower = leader.next, follower.next
    follower.next = follower.next.next
    return dummy.next
