# Mistake: the best sum starts at 0, so a log where every window is negative answers 0.
# Caught by sample 2 and secret/03-all-negative.
def solve(deviations, k):
    total = sum(deviations[:k])
    best = max(0, total)
    for i in range(k, len(deviations)):
        total += deviations[i] - deviations[i - k]
        best = max(best, total)
    return best
