"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from collections import deque

random.seed(31)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, row.index("S")) for r, row in enumerate(grid) if "S" in row)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        if grid[r][c] == "T":
            return dist[(r, c)]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return -1


def write(path, grid, expected=None):
    got = answer(grid)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([grid], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def place(cells, rows, cols, s, t):
    cells[s[0]][s[1]] = "S"
    cells[t[0]][t[1]] = "T"
    return ["".join(row) for row in cells]


def random_grid(rows, cols, walls, s=None, t=None):
    cells = [["#" if random.random() < walls else "." for _ in range(cols)] for _ in range(rows)]
    s = s or (random.randrange(rows), random.randrange(cols))
    while True:
        t2 = t or (random.randrange(rows), random.randrange(cols))
        if t2 != s:
            break
    return place(cells, rows, cols, s, t2)


def serpentine(rows, cols):
    """Open even rows joined by one gap at alternating ends: the only route walks every row."""
    cells = [["." if r % 2 == 0 else "#" for _ in range(cols)] for r in range(rows)]
    for r in range(1, rows, 2):
        cells[r][cols - 1 if r % 4 == 1 else 0] = "."
    last = rows - 1 if rows % 2 == 1 else rows - 2
    end = cols - 1 if (last // 2) % 2 == 0 else 0
    return place(cells, rows, cols, (0, 0), (last, end))


write("sample/1", ["S.#", ".##", "..T"], 4)
write("sample/2", ["S#T"], -1)
write("sample/3", ["S..", "##.", "T.."], 6)
write("secret/01-side-by-side", ["ST"], 1)
write("secret/02-one-column", ["T", "S"], 1)
# Off the top edge: Python's grid[-1] is the bottom row, where T waits.
write("secret/03-no-wrap-vertically", ["S", "#", "#", "T"], -1)
write("secret/04-no-wrap-sideways", ["..S#....T"], -1)
# Diagonal neighbours are not neighbours.
write("secret/05-diagonal-only", ["S#", "#T"], -1)
write("secret/06-diagonal-shortcut", ["S.#", "#..", "#.T"], 4)
# Wide and tall maps: a bound that mixes up rows and columns misses most of them.
write("secret/07-one-row-long", ["S" + "." * 998 + "T"], 999)
write("secret/08-one-column-long", ["S"] + ["."] * 998 + ["T"], 999)
write("secret/09-wide-detour", ["S" + "#" * 8 + ".", "." + "#" * 8 + ".", "." * 9 + "T"], 11)
write("secret/10-walled-in-target", [".....", ".###.", ".#T#.", ".###.", "S...."], -1)
write("secret/11-small-serpentine", serpentine(7, 5))
# An open field: a depth-first search finds a long winding route first.
write("secret/12-open-field", place([["."] * 12 for _ in range(12)], 12, 12, (6, 6), (3, 6)), 3)
for i in range(6):
    rows, cols = random.randint(2, 25), random.randint(2, 25)
    write("secret/%02d-small-random" % (13 + i), random_grid(rows, cols, random.choice([0.2, 0.3, 0.4])))
# Large: an open 316 x 316 field corner to corner (answer 630).
write("secret/19-large-open", place([["."] * 316 for _ in range(316)], 316, 316, (0, 0), (315, 315)))
# Large: random crevasses, reachable and not.
write("secret/20-large-random", random_grid(100, 1000, 0.3, (0, 0), (99, 999)))
# Large: one zig-zag corridor through 1000 rows of 100 (about 50 000 steps). Re-sweeping the map until
# no distance improves needs one sweep per square of every right-to-left row: ~10^9 square visits.
write("secret/21-large-serpentine", serpentine(1000, 100))
