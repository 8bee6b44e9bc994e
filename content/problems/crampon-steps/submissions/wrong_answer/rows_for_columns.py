# Mistake: bounds the column with the number of rows (fine on a square map only).
# Caught by sample 2 ("S#T": one row, so every column past 0 looks outside the map) and 07-one-row-long.
from collections import deque


def solve(grid):
    n = len(grid)
    start = next((r, row.index("S")) for r, row in enumerate(grid) if "S" in row)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        if grid[r][c] == "T":
            return dist[(r, c)]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < n and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return -1
