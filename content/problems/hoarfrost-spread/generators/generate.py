"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from collections import deque

random.seed(47)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(grid):
    rows, cols = len(grid), len(grid[0])
    dist = {}
    queue = deque()
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "*":
                dist[(r, c)] = 0
                queue.append((r, c))
    last = 0
    while queue:
        r, c = queue.popleft()
        last = dist[(r, c)]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in dist:
                dist[(nr, nc)] = last + 1
                queue.append((nr, nc))
    water = sum(row.count(".") for row in grid)
    frozen_water = len(dist) - sum(row.count("*") for row in grid)
    return last if frozen_water == water else -1


def write(path, grid, expected=None):
    got = answer(grid)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([grid], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def random_grid(rows, cols, frost, rock):
    pick = lambda: "*" if random.random() < frost else ("#" if random.random() < rock else ".")
    return ["".join(pick() for _ in range(cols)) for _ in range(rows)]


def serpentine(rows, cols):
    """A water channel winding through every even row; frost only at its start."""
    cells = [["." if r % 2 == 0 else "#" for _ in range(cols)] for r in range(rows)]
    for r in range(1, rows, 2):
        cells[r][cols - 1 if r % 4 == 1 else 0] = "."
    cells[0][0] = "*"
    return ["".join(row) for row in cells]


write("sample/1", ["*..", "...", "..*"], 2)
write("sample/2", ["*.#.", "..#."], -1)
write("sample/3", ["#*#"], 0)
write("secret/01-one-frozen-square", ["*"], 0)
write("secret/02-one-water-square", ["."], -1)
write("secret/03-one-rock", ["#"], 0)
# Nothing frozen and no water: nothing has to freeze.
write("secret/04-rocks-only", ["##", "##"], 0)
write("secret/05-all-frozen", ["***", "***"], 0)
write("secret/06-water-no-frost", ["...", ".#."], -1)
# Two sources far apart: the first one alone would need 9 minutes.
write("secret/07-two-ends", ["*........*"], 4)
write("secret/08-rock-wall", ["*#.", "*#.", "*#."], -1)
write("secret/09-corner-touch", ["*#", "#."], -1)
# One far pond behind the rest: the last minute counts.
write("secret/10-last-pool", ["*.##", "#..#", "##.."], 5)
write("secret/11-lone-pool-among-frost", ["***", "*#*", "**.", "##.", ".##"], -1)
for i in range(5):
    rows, cols = random.randint(1, 20), random.randint(1, 20)
    write("secret/%02d-small-random" % (12 + i), random_grid(rows, cols, 0.05, random.choice([0.1, 0.3])))
# Wide and tall strips with frost at one end only: the answer is the length.
write("secret/17-one-row-long", ["*" + "." * 999], 999)
write("secret/18-one-column-long", ["."] * 999 + ["*"], 999)
# Large: a third of the squares frozen (a search per frozen square visits ~10^9 squares).
write("secret/19-large-many-sources", random_grid(316, 316, 0.3, 0.0))
# Large: frost along the whole top row of a tall field, answer 999.
write("secret/20-large-top-row", ["*" * 100] + ["." * 100 for _ in range(999)], 999)
# Large: a winding channel of ~50 000 minutes; scanning the map once per minute is ~5 * 10^9 steps.
write("secret/21-large-serpentine", serpentine(1000, 100))
