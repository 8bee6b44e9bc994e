# Mistake: checks that neighbouring days differ by at most d, not the whole window's spread.
# Caught by sample 1.
def solve(depths, d):
    best = run = 1
    for i in range(1, len(depths)):
        run = run + 1 if abs(depths[i] - depths[i - 1]) <= d else 1
        best = max(best, run)
    return best
