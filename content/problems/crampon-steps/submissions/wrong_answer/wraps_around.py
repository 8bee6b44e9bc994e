# Mistake: checks only the upper bounds (catching IndexError there), so grid[-1] is the bottom row and
# row[-1] the last column: the team walks off one edge and comes back at the other.
# Caught by sample 2 / secret 03-no-wrap-vertically and 04-no-wrap-sideways.
from collections import deque


def solve(grid):
    start = next((r, row.index("S")) for r, row in enumerate(grid) if "S" in row)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        if grid[r][c] == "T":
            return dist[(r, c)]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            try:
                square = grid[nr][nc]
            except IndexError:
                continue
            nr, nc = nr % len(grid), nc % len(grid[0])
            if square != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return -1
