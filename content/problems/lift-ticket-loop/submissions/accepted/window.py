# Variable window with a last-seen map and a running total: a repeat moves the left end just past
# the earlier copy (never backwards), subtracting what leaves.
def solve(lifts):
    last = {}
    left = total = best = 0
    for right, x in enumerate(lifts):
        seen = last.get(x, -1)
        while left <= seen:
            total -= lifts[left]
            left += 1
        last[x] = right
        total += x
        if total > best:
            best = total
    return best
