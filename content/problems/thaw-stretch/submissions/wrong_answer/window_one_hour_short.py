# Off by one the other way: windows of k - 1 hours (the slice end is exclusive, the loop forgot it).
# Caught by sample 1 and secret/07-window-length-matters.
def solve(deviations, k):
    if k == 1:
        return max(deviations)
    return max(sum(deviations[s : s + k - 1]) for s in range(len(deviations) - k + 2))
