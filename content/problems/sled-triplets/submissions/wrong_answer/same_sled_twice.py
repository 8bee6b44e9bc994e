# Mistake: the pointers start at i (not i + 1) and may meet (lo <= hi), so one sled is used twice.
# Caught by secret/04-value-needed-twice-but-once (2 + 2 + (-4) with a single 2).
def solve(loads, target):
    a = sorted(loads)
    n = len(a)
    found = 0
    for i in range(n):
        if i > 0 and a[i] == a[i - 1]:
            continue
        lo, hi = i, n - 1
        while lo <= hi:
            s = a[i] + a[lo] + a[hi]
            if s < target:
                lo += 1
            elif s > target:
                hi -= 1
            else:
                found += 1
                v = a[lo]
                while lo <= hi and a[lo] == v:
                    lo += 1
                hi -= 1
    return found
