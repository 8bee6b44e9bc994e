# O(n * answer): from every start, extend while the spread allows; ~10^9 steps on
# secret/11-large-random-walk (windows of ~16 000 days) and far more on secret/12-large-ridge.
def solve(depths, d):
    best = 0
    n = len(depths)
    for i in range(n):
        lo = hi = depths[i]
        j = i
        while j < n:
            x = depths[j]
            if x < lo:
                lo = x
            if x > hi:
                hi = x
            if hi - lo > d:
                break
            j += 1
        if j - i > best:
            best = j - i
    return best
