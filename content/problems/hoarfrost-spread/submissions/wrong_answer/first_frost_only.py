# Mistake: starts the search from the first frozen square only, as in a single-source BFS.
# Caught by sample 1 (the far corner freezes the other half sooner).
from collections import deque


def solve(grid):
    rows, cols = len(grid), len(grid[0])
    starts = [(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "*"]
    if not starts:
        return 0 if all("." not in row for row in grid) else -1
    dist = {starts[0]: 0}
    for s in starts:
        dist.setdefault(s, 0)
    queue = deque([starts[0]])
    last = 0
    while queue:
        r, c = queue.popleft()
        last = max(last, dist[(r, c)])
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    water = sum(row.count(".") for row in grid)
    return last if len(dist) - len(starts) == water else -1
