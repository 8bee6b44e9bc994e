# Mistake: slides the window over the sections in the given order; the sections raised together need
# not be neighbours, so sort first. Caught by sample 1 and secret/04-unsorted.
def solve(depths, budget):
    left = total = best = 0
    a = depths
    for right, x in enumerate(a):
        total += x
        while left <= right and max(a[left : right + 1]) * (right - left + 1) - total > budget:
            total -= a[left]
            left += 1
        best = max(best, right - left + 1)
    return best
