# A shortcut that looks right: fills each hollow between two neighbouring local peaks up to the
# lower of the two, missing the snow that lies above the smaller peaks of a big hollow.
# Caught by secret/06-nested-hollows.
def solve(heights):
    n = len(heights)
    peaks = [i for i in range(n) if (i == 0 or heights[i - 1] <= heights[i]) and (i == n - 1 or heights[i] >= heights[i + 1])]
    snow = 0
    for a, b in zip(peaks, peaks[1:]):
        level = min(heights[a], heights[b])
        snow += sum(max(0, level - heights[j]) for j in range(a + 1, b))
    return snow
