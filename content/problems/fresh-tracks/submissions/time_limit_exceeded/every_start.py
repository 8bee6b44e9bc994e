# O(n^2): grows a window from every start; ~5 * 10^9 steps when all runs differ.
def solve(runs):
    best = 0
    for start in range(len(runs)):
        seen = set()
        for run in runs[start:]:
            if run in seen:
                break
            seen.add(run)
        best = max(best, len(seen))
    return best
