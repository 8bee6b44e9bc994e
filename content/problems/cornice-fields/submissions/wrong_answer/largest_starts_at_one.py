# Mistake: the largest size starts at 1 ("every field has a square"), so a map without slab gives
# [0, 1]. Caught by secret 01-one-bare-square.
def solve(grid):
    rows, cols = len(grid), len(grid[0])
    seen = set()
    fields, largest = 0, 1
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "#" or (r, c) in seen:
                continue
            fields += 1
            seen.add((r, c))
            stack, size = [(r, c)], 1
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "#" and (ny, nx) not in seen:
                        seen.add((ny, nx))
                        size += 1
                        stack.append((ny, nx))
            largest = max(largest, size)
    return [fields, largest]
