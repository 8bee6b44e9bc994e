"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(23)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
M = 50000
D = 10**4


def answer(n, passes):
    """Net change of every segment: a difference array, then a running sum."""
    delta = [0] * (n + 1)
    for l, r, d in passes:
        delta[l] += d
        delta[r + 1] -= d
    out, running = [], 0
    for i in range(n):
        running += delta[i]
        out.append(running)
    return out


def write(path, n, passes, expected=None):
    got = answer(n, passes)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([n, passes], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


def random_passes(n, m, d_low, d_high, min_width=1):
    passes = []
    for _ in range(m):
        width = random.randint(min_width, n)
        l = random.randint(0, n - width)
        passes.append([l, l + width - 1, random.randint(d_low, d_high)])
    return passes


write("sample/1", 5, [[0, 2, 10], [1, 4, -3], [3, 3, 5]], [10, 7, 7, 2, -3])
write("sample/2", 3, [], [0, 0, 0])
write("secret/01-single-segment", 1, [[0, 0, 7], [0, 0, -2]], [5])
write("secret/02-no-passes", 4, [], [0, 0, 0, 0])
# A pass that ends on the last segment: delta[r + 1] is the extra slot.
write("secret/03-to-the-end", 4, [[2, 3, 6]], [0, 0, 6, 6])
# One-segment passes: stopping one segment early (delta[r] -= d) erases them entirely.
write("secret/04-point-passes", 6, [[1, 1, 4], [4, 4, -9], [0, 0, 1]], [1, 4, 0, 0, -9, 0])
# Passes that cancel out, negatives and extremes of d.
write("secret/05-cancel", 5, [[0, 4, D], [0, 4, -D], [1, 3, -D], [2, 2, D]], [0, -D, 0, -D, 0])
write("secret/06-nested", 7, [[0, 6, 1], [1, 5, 2], [2, 4, 3], [3, 3, 4]], [1, 3, 6, 10, 6, 3, 1])
write("secret/07-small-random", 30, random_passes(30, 40, -5, 5))
write("secret/08-medium-random", 2000, random_passes(2000, 3000, -D, D))
# A single pass over the whole piste.
write("secret/09-one-full-pass", 1000, [[0, 999, -1]])
# Maximum size: every pass covers most of the piste, so updating segment by segment is ~5 * 10^9 steps.
wide = random_passes(N, M, -9, 9, min_width=N - 1000)
write("secret/10-large-wide", N, wide)
# Passes of every width, the extreme d values, and the last segment covered.
narrow = random_passes(20000, 20000, -9, 9)
narrow += [[19999, 19999, -D], [0, 0, D]]
random.shuffle(narrow)
write("secret/11-mixed", 20000, narrow)
