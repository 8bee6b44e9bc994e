# Mistake: marks a square when it is popped but counts it when it is pushed, so a square pushed by
# two neighbours before it is popped counts twice. Caught by secret 04-all-slab (a 2 x 3 block).
def solve(grid):
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    fields = largest = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "#" or seen[r][c]:
                continue
            fields += 1
            stack, size = [(r, c)], 1
            while stack:
                y, x = stack.pop()
                if seen[y][x]:
                    continue
                seen[y][x] = True
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "#" and not seen[ny][nx]:
                        size += 1
                        stack.append((ny, nx))
            largest = max(largest, size)
    return [fields, largest]
