# Mistake: a depth-first search with a stack. It finds a route, and its distance table records the
# length of that route, which need not be the shortest.
# Caught by secret 12-open-field: T is three squares above S, but the stack wanders left and round first.
def solve(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, row.index("S")) for r, row in enumerate(grid) if "S" in row)
    dist = {start: 0}
    stack = [start]
    while stack:
        r, c = stack.pop()
        if grid[r][c] == "T":
            return dist[(r, c)]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                stack.append((nr, nc))
    return -1
