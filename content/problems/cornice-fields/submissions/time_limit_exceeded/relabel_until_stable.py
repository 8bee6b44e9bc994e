# O((R*C)^2): every slab square takes the smallest label among itself and its neighbours, pass after
# pass, until no label changes. On 23-large-serpentine a label travels one square per backward row pass.
def solve(grid):
    rows, cols = len(grid), len(grid[0])
    label = [[r * cols + c if grid[r][c] == "#" else -1 for c in range(cols)] for r in range(rows)]
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                if label[r][c] < 0:
                    continue
                best = label[r][c]
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and 0 <= label[nr][nc] < best:
                        best = label[nr][nc]
                if best < label[r][c]:
                    label[r][c] = best
                    changed = True
    sizes = {}
    for row in label:
        for x in row:
            if x >= 0:
                sizes[x] = sizes.get(x, 0) + 1
    return [len(sizes), max(sizes.values(), default=0)]
