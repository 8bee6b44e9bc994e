# O(k * R * C): one BFS from every frozen square, keeping the nearest for each water square.
# 19-large-many-sources has ~30 000 frozen squares on a 10^5-square moor.
from collections import deque


def solve(grid):
    rows, cols = len(grid), len(grid[0])
    best = [[-1] * cols for _ in range(rows)]
    for sr, row in enumerate(grid):
        for sc, ch in enumerate(row):
            if ch != "*":
                continue
            dist = {(sr, sc): 0}
            queue = deque([(sr, sc)])
            while queue:
                r, c = queue.popleft()
                d = dist[(r, c)]
                if best[r][c] < 0 or d < best[r][c]:
                    best[r][c] = d
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in dist:
                        dist[(nr, nc)] = d + 1
                        queue.append((nr, nc))
    answer = 0
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == ".":
                if best[r][c] < 0:
                    return -1
                answer = max(answer, best[r][c])
    return answer
