# O(N * k): looks at every convoy's front truck for every truck placed; 10^9 steps on
# secret/11-large-many-short.
def solve(convoys):
    fronts = [c for c in convoys if c is not None]
    dummy = tail = ListNode()
    while fronts:
        best = 0
        for i in range(1, len(fronts)):
            if fronts[i].val < fronts[best].val:
                best = i
        tail.next = tail = fronts[best]
        if fronts[best].next is None:
            fronts.pop(best)
        else:
            fronts[best] = fronts[best].next
    tail.next = None
    return dummy.next
