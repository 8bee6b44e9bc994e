from collections import deque


def solve(grid):
    rows, cols = len(grid), len(grid[0])
    minute = [[-1] * cols for _ in range(rows)]
    queue = deque()
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "*":  # every frozen square starts the search at minute 0
                minute[r][c] = 0
                queue.append((r, c))
    last = 0
    while queue:
        r, c = queue.popleft()
        last = minute[r][c]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and minute[nr][nc] < 0:
                minute[nr][nc] = last + 1
                queue.append((nr, nc))
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "." and minute[r][c] < 0:
                return -1
    return last
