# O(n^2): deletes each extra bar from the list, shifting everything after it; with all-equal
# ratings (secret/11-large-one-rating) that is ~5 * 10^9 element moves in pure Python.
def solve(bars):
    i = 2
    while i < len(bars):
        if bars[i] == bars[i - 2]:
            for j in range(i, len(bars) - 1):
                bars[j] = bars[j + 1]
            bars.pop()
        else:
            i += 1
    return bars
