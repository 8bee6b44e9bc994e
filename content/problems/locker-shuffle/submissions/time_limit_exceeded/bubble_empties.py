# O(n^2): bubbles every empty locker to the end one swap at a time, like a bubble sort;
# ~2.5 * 10^9 swaps on secret/10-large-empties-first.
def solve(lockers):
    n = len(lockers)
    end = n
    i = 0
    while i < end:
        if lockers[i] == 0:
            for j in range(i, end - 1):
                lockers[j], lockers[j + 1] = lockers[j + 1], lockers[j]
            end -= 1
        else:
            i += 1
    return lockers
