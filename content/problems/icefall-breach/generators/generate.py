"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys
from collections import deque

random.seed(59)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(rows, k):
    """BFS over (square, cuts used)."""
    r, c = len(rows), len(rows[0])
    seen = {(0, 0, 0)}
    queue = deque([(0, 0, 0, 0)])
    while queue:
        y, x, used, steps = queue.popleft()
        if (y, x) == (r - 1, c - 1):
            return steps
        for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
            if 0 <= ny < r and 0 <= nx < c:
                nu = used + (rows[ny][nx] == "#")
                if nu <= k and (ny, nx, nu) not in seen:
                    seen.add((ny, nx, nu))
                    queue.append((ny, nx, nu, steps + 1))
    return -1


def write(path, rows, k, expected=None):
    got = answer(rows, k)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d %d %d\n%s\n" % (len(rows), len(rows[0]), k, "\n".join(rows)))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("%d\n" % got)


def opened(cells):
    cells[0][0] = cells[-1][-1] = "."
    return ["".join(row) for row in cells]


def random_rows(r, c, walls):
    return opened([["#" if random.random() < walls else "." for _ in range(c)] for _ in range(r)])


def greedy_by_square(rows, k):
    """The classic mistake, kept here to build the test that defeats it: squares marked once."""
    r, c = len(rows), len(rows[0])
    seen = {(0, 0)}
    queue = deque([(0, 0, 0, 0)])
    while queue:
        y, x, used, steps = queue.popleft()
        if (y, x) == (r - 1, c - 1):
            return steps
        for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
            if 0 <= ny < r and 0 <= nx < c and (ny, nx) not in seen:
                nu = used + (rows[ny][nx] == "#")
                if nu <= k:
                    seen.add((ny, nx))
                    queue.append((ny, nx, nu, steps + 1))
    return -1


def greedy_trap():
    search = random.Random(1)
    for size in range(3, 8):
        for _ in range(3000):
            rows = opened([["#" if search.random() < 0.4 else "." for _ in range(size)] for _ in range(size)])
            if answer(rows, 1) != greedy_by_square(rows, 1):
                return rows, 1
    raise AssertionError("no trap found")


def stripes(r, c, every, gaps):
    """Full rows of seracs every `every` rows, each with one gap at alternating ends (or none)."""
    cells = [["."] * c for _ in range(r)]
    for i, y in enumerate(range(every - 1, r - 1, every)):
        cells[y] = ["#"] * c
        if gaps:
            cells[y][3 * c // 4 if i % 2 == 0 else c // 4] = "."
    return opened(cells)


write("sample/1", [".#..", ".##.", ".##."], 1, 5)
write("sample/2", [".#..", ".##.", ".##."], 0, -1)
write("secret/01-one-square", ["."], 0, 0)
write("secret/02-one-square-many-cuts", ["."], 20, 0)
write("secret/03-two-squares", [".", "."], 0, 1)
write("secret/04-open-no-cuts", ["....", "....", "...."], 0, 5)
write("secret/05-sealed-no-cuts", [".#", "#."], 0, -1)
# A cut serac is a step like any other.
write("secret/06-cut-is-a-step", [".#."], 1, 2)
# Exactly k cuts needed: k + 1 would open a shorter route.
write("secret/07-exactly-k", [".###."], 3, 4)
write("secret/08-one-short", [".###."], 2, -1)
# The quickest way to some square spends a cut that a serac further on needs. Marking squares (not
# states) as seen keeps only that quick arrival. Found by a seeded search for the smallest such icefall.
write("secret/09-save-the-cut", *greedy_trap())
for i in range(8):
    r, c = random.randint(2, 12), random.randint(2, 12)
    write("secret/%02d-small-random" % (10 + i), random_rows(r, c, random.choice([0.3, 0.45, 0.6])), random.randint(0, 4))
write("secret/18-wide-row", [".#" * 49 + ".."], 20)
write("secret/19-tall-column", ["."] + ["#"] * 20 + ["."] * 79, 20, 99)
# Large: stripes of seracs with a gap at alternating ends; only 5 of the 19 stripes can be cut.
write("secret/20-large-stripes-choose", stripes(100, 100, 5, True), 5)
# Large: 20 stripes without gaps, each cut once: exactly k = 20 cuts on the straight route.
write("secret/21-large-stripes-exact", stripes(100, 100, 5, False)[:-1] + ["." * 100], 20)
write("secret/22-large-random-dense", random_rows(100, 100, 0.55), 20)
write("secret/23-large-random-maze", random_rows(100, 100, 0.3), 0)
write("secret/24-large-random-few-cuts", random_rows(100, 100, 0.42), 3)
