"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(97)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = 20000


def answer(rows, cols, freezes):
    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    sheets, out = 0, []
    for r, c in freezes:
        if (r, c) not in parent:
            parent[(r, c)] = (r, c)
            sheets += 1
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if (nr, nc) in parent:
                    a, b = find((r, c)), find((nr, nc))
                    if a != b:
                        parent[a] = b
                        sheets -= 1
        out.append(sheets)
    return out


def write(path, rows, cols, freezes, expected=None):
    got = answer(rows, cols, freezes)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([rows, cols, freezes], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


def cells(rows, cols):
    return [[r, c] for r in range(rows) for c in range(cols)]


write("sample/1", 3, 3, [[0, 0], [0, 2], [1, 1], [0, 1], [0, 1]], [1, 2, 3, 1, 1])
write("sample/2", 2, 3, [[0, 2], [1, 0]], [1, 2])
write("secret/01-one-square", 1, 1, [[0, 0]], [1])
write("secret/02-one-square-twice", 1, 1, [[0, 0], [0, 0], [0, 0]], [1, 1, 1])
# Column 0 and the end of the row above: flat numbers r * cols + c make them look adjacent.
write("secret/03-row-ends", 3, 4, [[0, 3], [1, 0], [2, 3], [1, 3]], [1, 2, 3, 2])
# A wide grid: r * rows + c numbers (1, 0) and (0, 2) alike.
write("secret/04-wide-grid", 2, 5, [[0, 2], [1, 0], [1, 1]], [1, 2, 2])
write("secret/05-tall-grid", 5, 2, [[2, 0], [0, 1], [4, 1], [1, 1]], [1, 2, 3, 3])
# The last square touches one sheet from two sides: it merges once, not twice.
write("secret/06-ring-closes", 3, 3, [[0, 0], [0, 1], [0, 2], [1, 2], [2, 2], [2, 1], [2, 0], [1, 0]], [1, 1, 1, 1, 1, 1, 1, 1])
write("secret/07-corners-only", 3, 3, [[0, 0], [1, 1], [2, 2], [0, 2], [2, 0]], [1, 2, 3, 4, 5])
write("secret/08-cross", 3, 3, [[0, 1], [1, 0], [1, 2], [2, 1], [1, 1]], [1, 2, 3, 4, 1])
for i in range(6):
    rows, cols = random.randint(1, 8), random.randint(1, 8)
    write("secret/%02d-small-random" % (9 + i), rows, cols, [[random.randrange(rows), random.randrange(cols)] for _ in range(random.randint(1, 40))])
write("secret/15-one-row", 1, 1000, [[0, c] for c in random.sample(range(1000), 1000)])
write("secret/16-one-column", 1000, 1, [[r, 0] for r in random.sample(range(1000), 1000)])
# Large: a checkerboard first (10^4 sheets), then the other squares join them all into one.
board = [[r, c] for r, c in cells(200, 100) if (r + c) % 2 == 0]
rest = [[r, c] for r, c in cells(200, 100) if (r + c) % 2 == 1]
random.shuffle(board)
random.shuffle(rest)
write("secret/17-large-checkerboard-fill", 200, 100, board + rest)
# Large: random squares on the biggest grid, few of them neighbours; many repeats.
picks = [[random.randrange(1000), random.randrange(1000)] for _ in range(K // 2)]
write("secret/18-large-sparse", 1000, 1000, picks + random.sample(picks, K // 2))
# Large: a band of 20 rows filled row by row: one growing sheet that a recount walks every time.
write("secret/19-large-band", 20, 1000, cells(20, 1000))
