# O(n^2): for every column, look for the highest ridge on each side; ~10^10 steps on
# secret/11-large-wide-valley.
def solve(heights):
    snow = 0
    n = len(heights)
    for i in range(n):
        left = max(heights[: i + 1])
        right = max(heights[i:])
        snow += min(left, right) - heights[i]
    return snow
