# Mistake: the two-list loop "while a and b" generalised to k convoys: it stops as soon as any
# convoy is empty, then appends nothing. Caught by sample/1 (an empty convoy) and secret/06-first-runs-out.
def solve(convoys):
    fronts = list(convoys)
    dummy = tail = ListNode()
    while fronts and all(f is not None for f in fronts):
        i = min(range(len(fronts)), key=lambda j: fronts[j].val)
        tail.next = tail = fronts[i]
        fronts[i] = fronts[i].next
    tail.next = None
    return dummy.next
