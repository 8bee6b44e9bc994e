# O(n^2): for each top section, widens the group one section at a time, summing the cost afresh
# each step; ~10^10 steps on secret/12-large-all-raised.
def solve(depths, budget):
    a = sorted(depths)
    best = 0
    for r in range(len(a)):
        l = r
        while l > 0 and sum(a[r] - a[k] for k in range(l - 1, r + 1)) <= budget:
            l -= 1
        best = max(best, r - l + 1)
    return best
