# O(R * C * minutes): scans the whole moor once per minute. 21-large-serpentine takes ~50 000 minutes.
def solve(grid):
    cells = [list(row) for row in grid]
    rows, cols = len(cells), len(cells[0])
    minutes = 0
    while any("." in row for row in cells):
        fresh = []
        for r in range(rows):
            for c in range(cols):
                if cells[r][c] == "." and any(
                    0 <= nr < rows and 0 <= nc < cols and cells[nr][nc] == "*"
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                ):
                    fresh.append((r, c))
        if not fresh:
            return -1
        for r, c in fresh:
            cells[r][c] = "*"
        minutes += 1
    return minutes
