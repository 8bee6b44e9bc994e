# Wrong model: lets the groomer lower sections too, so any group within the budget of its median
# counts (it only tries groups of up to 60 sections). Caught by secret/05-raise-only.
def solve(depths, budget):
    a = sorted(depths)
    best = 1
    for l in range(len(a)):
        for r in range(l, min(len(a), l + 60)):
            mid = a[(l + r) // 2]
            if sum(abs(x - mid) for x in a[l : r + 1]) <= budget:
                best = max(best, r - l + 1)
    return best
