"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(61)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(grid):
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


def write(path, grid, expected=None):
    got = answer(grid)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([grid], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


def random_grid(rows, cols, slab):
    return ["".join("#" if random.random() < slab else "." for _ in range(cols)) for _ in range(rows)]


def serpentine(rows, cols):
    """One band a square wide winding through every even row."""
    cells = [["#" if r % 2 == 0 else "." for _ in range(cols)] for r in range(rows)]
    for r in range(1, rows, 2):
        cells[r][cols - 1 if r % 4 == 1 else 0] = "#"
    return ["".join(row) for row in cells]


write("sample/1", ["##..", "#..#", "..##"], [2, 3])
write("sample/2", ["#.#", ".#.", "#.#"], [5, 1])
write("sample/3", ["#..#"], [2, 1])
write("secret/01-one-bare-square", ["."], [0, 0])
write("secret/02-one-slab-square", ["#"], [1, 1])
write("secret/03-no-slab", ["....", "...."], [0, 0])
write("secret/04-all-slab", ["###", "###"], [1, 6])
# Top and bottom rows in the same column: Python's grid[-1] would join them.
write("secret/05-top-and-bottom", ["#", ".", "#"], [2, 1])
write("secret/06-left-and-right-edges", ["#.#", "#.#"], [2, 2])
# A ring: the flood must go all the way round, not stop at the first dead end.
write("secret/07-ring", ["####", "#..#", "####"], [1, 10])
# Many paths into the same squares: counting on push while marking on pop counts squares twice.
write("secret/08-thick-block", ["#####", "#####", "#####", "#####"], [1, 20])
# The largest field comes first, then smaller ones: the size must restart for each field.
write("secret/09-large-then-small", ["###.#", "###..", "...#."], [3, 6])
write("secret/10-checkerboard", ["".join("#" if (r + c) % 2 == 0 else "." for c in range(9)) for r in range(9)], [41, 1])
write("secret/11-comb", ["#.#.#.#", "#.#.#.#", "#######"], [1, 15])
for i in range(6):
    rows, cols = random.randint(1, 20), random.randint(1, 20)
    write("secret/%02d-small-random" % (12 + i), random_grid(rows, cols, random.choice([0.3, 0.5, 0.6])))
write("secret/18-one-row-long", ["#" * 500 + "." + "#" * 499], [2, 500])
write("secret/19-one-column-long", ["#"] * 1000, [1, 1000])
# Large: the whole map is one field of 10^5 squares.
write("secret/20-large-all-slab", ["#" * 1000 for _ in range(100)], [1, 100000])
# Large: random slab near the percolation threshold, many fields of every size.
write("secret/21-large-random", random_grid(316, 316, 0.59))
# Large: 50 000 fields of one square each.
write("secret/22-large-checkerboard", ["".join("#" if (r + c) % 2 == 0 else "." for c in range(100)) for r in range(1000)], [50000, 1])
# Large: one band winding through 1000 rows of 100 (~50 000 squares deep for a recursive flood);
# relabelling until stable needs a pass per square of it.
write("secret/23-large-serpentine", serpentine(1000, 100))
