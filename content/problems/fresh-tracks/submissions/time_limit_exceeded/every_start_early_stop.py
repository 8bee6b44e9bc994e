# Grows a window from every start but stops once the runs left cannot beat the best: fast when the
# answer is tiny or equal to n, but O(n * answer) when the answer is about n / 2.
def solve(runs):
    n, best = len(runs), 0
    for start in range(n):
        if n - start <= best:
            break
        seen = set()
        for run in runs[start:]:
            if run in seen:
                break
            seen.add(run)
        best = max(best, len(seen))
    return best
