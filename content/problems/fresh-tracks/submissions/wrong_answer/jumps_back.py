# Moves the window start to just after the previous occurrence even when that lies before the
# current start, so the window can grow back over a repeat.
def solve(runs):
    last = {}
    start = best = 0
    for i, run in enumerate(runs):
        if run in last:
            start = last[run] + 1
        last[run] = i
        best = max(best, i - start + 1)
    return best
