# O((R*C)^2): relaxes every square from its neighbours, sweeping the map again and again until no
# distance improves. On 21-large-serpentine each right-to-left row needs one sweep per square.
def solve(grid):
    rows, cols = len(grid), len(grid[0])
    inf = float("inf")
    dist = [[0 if ch == "S" else inf for ch in row] for row in grid]
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "#":
                    continue
                best = dist[r][c]
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] + 1 < best:
                        best = dist[nr][nc] + 1
                if best < dist[r][c]:
                    dist[r][c] = best
                    changed = True
    for r, row in enumerate(grid):
        if "T" in row:
            d = dist[r][row.index("T")]
            return -1 if d == inf else d
