# Mistake: frost spreads to all eight neighbours, across corners between rocks.
# Caught by sample 1 (the answer drops to 1) and secret 09-corner-touch.
from collections import deque


def solve(grid):
    rows, cols = len(grid), len(grid[0])
    dist = {(r, c): 0 for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "*"}
    queue = deque(dist)
    last = 0
    while queue:
        r, c = queue.popleft()
        last = dist[(r, c)]
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in dist:
                    dist[(nr, nc)] = last + 1
                    queue.append((nr, nc))
    water = sum(row.count(".") for row in grid)
    return last if len(dist) - sum(row.count("*") for row in grid) == water else -1
