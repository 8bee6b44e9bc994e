def solve(runs):
    last = {}
    start = best = 0
    for i, run in enumerate(runs):
        if last.get(run, -1) >= start:
            start = last[run] + 1
        last[run] = i
        best = max(best, i - start + 1)
    return best
