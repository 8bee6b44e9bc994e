# Sort; fix the smallest sled, then two pointers from both ends of the rest. Skip equal values so each
# value triple is counted once. O(n^2).
def solve(loads, target):
    a = sorted(loads)
    n = len(a)
    found = 0
    for i in range(n - 2):
        if i > 0 and a[i] == a[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        rest = target - a[i]
        while lo < hi:
            s = a[lo] + a[hi]
            if s < rest:
                lo += 1
            elif s > rest:
                hi -= 1
            else:
                found += 1
                low_value = a[lo]
                while lo < hi and a[lo] == low_value:
                    lo += 1
                hi -= 1
    return found
