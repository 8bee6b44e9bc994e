# Mistake: returns 0 (the distance table's default) when T is never reached, instead of -1.
# Caught by sample 2.
from collections import deque


def solve(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, row.index("S")) for r, row in enumerate(grid) if "S" in row)
    target = next((r, row.index("T")) for r, row in enumerate(grid) if "T" in row)
    dist = [[0] * cols for _ in range(rows)]
    seen = {start}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                dist[nr][nc] = dist[r][c] + 1
                queue.append((nr, nc))
    return dist[target[0]][target[1]]
