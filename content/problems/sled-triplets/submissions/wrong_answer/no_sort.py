# Mistake: runs the pointers on the sleds in their given order; moving a pointer only makes the sum
# smaller or larger when the list is sorted. Caught by sample 1 and secret/10-unsorted-order-matters.
def solve(loads, target):
    a = loads
    n = len(a)
    seen = set()
    for i in range(n - 2):
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = a[i] + a[lo] + a[hi]
            if s < target:
                lo += 1
            elif s > target:
                hi -= 1
            else:
                seen.add(tuple(sorted((a[i], a[lo], a[hi]))))
                lo += 1
                hi -= 1
    return len(seen)
