# Top-down with memoisation: the same recursion as the brute force, each cell solved once.
from functools import lru_cache


def solve(risk):
    rows, cols = len(risk), len(risk[0])

    @lru_cache(maxsize=None)
    def cheapest_from(i, j):
        if i == rows - 1:
            return risk[i][j]
        return risk[i][j] + min(cheapest_from(i + 1, k) for k in (j - 1, j, j + 1) if 0 <= k < cols)

    # Fill from the bottom so the recursion never goes deeper than one row at a time.
    for i in range(rows - 1, -1, -1):
        for j in range(cols):
            cheapest_from(i, j)
    return min(cheapest_from(0, j) for j in range(cols))
