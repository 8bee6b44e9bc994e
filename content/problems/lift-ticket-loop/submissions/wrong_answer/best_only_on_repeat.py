# Mistake: records the total only when a repeat ends a stretch, so the last stretch is never
# recorded. Caught by secret/03-all-different and secret/06-best-at-the-end.
def solve(lifts):
    last = {}
    left = total = best = 0
    for right, x in enumerate(lifts):
        if last.get(x, -1) >= left:
            best = max(best, total)
            while left <= last[x]:
                total -= lifts[left]
                left += 1
        last[x] = right
        total += x
    return best
