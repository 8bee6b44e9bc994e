# Off by one: the highest ridge on each side excludes the column itself and the result is not
# clamped, so a column higher than both sides adds negative snow. Caught by sample 2.
def solve(heights):
    n = len(heights)
    left, right = [0] * n, [0] * n
    for i in range(1, n):
        left[i] = max(left[i - 1], heights[i - 1])
    for i in range(n - 2, -1, -1):
        right[i] = max(right[i + 1], heights[i + 1])
    return sum(min(left[i], right[i]) - heights[i] for i in range(n))
