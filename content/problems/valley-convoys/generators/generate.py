"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(73)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
K = 10000
BIG = 10**9


def answer(convoys):
    return sorted(v for c in convoys for v in c)


def write(path, convoys, expected=None):
    got = answer(convoys)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([convoys], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


def convoy(size, low, high):
    return sorted(random.randint(low, high) for _ in range(size))


write("sample/1", [[1, 4, 9], [2, 4], [], [0, 10]], [0, 1, 2, 4, 4, 9, 10])
write("sample/2", [[], []], [])
write("sample/3", [[-5, -5, 3]], [-5, -5, 3])
write("secret/01-no-valleys", [], [])
write("secret/02-one-empty", [[]], [])
write("secret/03-one-truck", [[], [7], []], [7])
# Equal minutes in different convoys: a heap of bare nodes compares two ListNodes here.
write("secret/04-ties", [[1, 2, 3], [1, 2, 3], [2]], [1, 1, 2, 2, 2, 3, 3])
# Three convoys: a pairwise round that forgets the odd one out loses the last.
write("secret/05-odd-count", [[1, 5], [2, 6], [3, 4]], [1, 2, 3, 4, 5, 6])
# The first convoy ends early: stopping when one convoy runs out loses the others' trucks.
write("secret/06-first-runs-out", [[0], [1, 2, 3], [-1, 9]], [-1, 0, 1, 2, 3, 9])
# Convoys that do not overlap in time, given in reverse order, and ones that do.
write("secret/07-disjoint-reversed", [[7, 8, 9], [4, 5, 6], [1, 2, 3]], [1, 2, 3, 4, 5, 6, 7, 8, 9])
write("secret/08-interleaved", [[1, 3, 5, 7], [2, 4, 6, 8]], [1, 2, 3, 4, 5, 6, 7, 8])
write("secret/09-extremes", [[-BIG, BIG], [-BIG, 0], [BIG]], [-BIG, -BIG, 0, BIG, BIG])
write("secret/10-small-random", [convoy(random.randint(0, 6), -20, 20) for _ in range(9)])
# 10^4 convoys of 10 trucks: merging one convoy at a time walks the growing result 10^4 times.
write("secret/11-large-many-short", [convoy(10, 0, 999) for _ in range(K)])
# One convoy of 10^5 trucks among empty ones.
write("secret/12-large-one-long", [[]] * 50 + [convoy(N, -99, 99)] + [[]] * 49)
# Convoys of very different lengths, heavily overlapping.
sizes = [random.randint(0, 1000) for _ in range(20)]
write("secret/13-uneven", [convoy(s, -99, 99) for s in sizes])
