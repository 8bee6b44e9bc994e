# Mistake: never skips equal values, so the same value triple found at different positions is
# counted again. Caught by sample 2 ([2, 2, 2, 2]: one triple, not two or four).
def solve(loads, target):
    a = sorted(loads)
    n = len(a)
    found = 0
    for i in range(n - 2):
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = a[i] + a[lo] + a[hi]
            if s < target:
                lo += 1
            elif s > target:
                hi -= 1
            else:
                found += 1
                lo += 1
                hi -= 1
    return found
