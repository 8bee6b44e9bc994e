# Off by one: the window starts run over range(n - k), so the last window is never summed.
# Caught by secret/04-whole-log (the only window is the last) and secret/05-best-at-the-end.
def solve(deviations, k):
    total = sum(deviations[:k])
    best = total
    for start in range(1, len(deviations) - k):
        total += deviations[start + k - 1] - deviations[start - 1]
        best = max(best, total)
    return best
