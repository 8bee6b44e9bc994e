# Flood each new snowfield with an explicit stack; squares are marked (and counted) when pushed.
def solve(grid):
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    fields = largest = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "#" or seen[r][c]:
                continue
            fields += 1
            seen[r][c] = True
            stack, size = [(r, c)], 1
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "#" and not seen[ny][nx]:
                        seen[ny][nx] = True
                        size += 1
                        stack.append((ny, nx))
            largest = max(largest, size)
    return [fields, largest]
