# Mistake: the quicksort-style partition (an empty locker on the left swaps with a ski on the
# right) is fast but not stable: the skis change order. Caught by sample 1.
def solve(lockers):
    lo, hi = 0, len(lockers) - 1
    while lo < hi:
        if lockers[lo] != 0:
            lo += 1
        elif lockers[hi] == 0:
            hi -= 1
        else:
            lockers[lo], lockers[hi] = lockers[hi], lockers[lo]
    return lockers
