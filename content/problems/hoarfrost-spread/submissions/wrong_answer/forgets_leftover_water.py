# Mistake: returns the last minute the frost reached anything, without checking for water it never
# reached. Caught by sample 2.
from collections import deque


def solve(grid):
    rows, cols = len(grid), len(grid[0])
    dist = {(r, c): 0 for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "*"}
    queue = deque(dist)
    last = 0
    while queue:
        r, c = queue.popleft()
        last = dist[(r, c)]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in dist:
                dist[(nr, nc)] = last + 1
                queue.append((nr, nc))
    return last
