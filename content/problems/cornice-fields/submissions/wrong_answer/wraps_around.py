# Mistake: catches IndexError for the far edges but forgets that grid[-1] and row[-1] are valid in
# Python: fields on opposite edges of the map are joined. Caught by sample 1 (row 2 joins across the
# edge), sample 3 and secret 05-top-and-bottom.
def solve(grid):
    seen = set()
    fields = largest = 0
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch != "#" or (r, c) in seen:
                continue
            fields += 1
            seen.add((r, c))
            stack, size = [(r, c)], 1
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    try:
                        square = grid[ny][nx]
                    except IndexError:
                        continue
                    ny, nx = ny % len(grid), nx % len(row)
                    if square == "#" and (ny, nx) not in seen:
                        seen.add((ny, nx))
                        size += 1
                        stack.append((ny, nx))
            largest = max(largest, size)
    return [fields, largest]
