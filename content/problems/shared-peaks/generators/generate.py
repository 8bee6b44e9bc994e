"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from collections import Counter

random.seed(24)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(mine, yours):
    """Common heights with multiplicity (as many times as the smaller count), ascending."""
    common = Counter(mine) & Counter(yours)
    return sorted(common.elements())


def write(path, mine, yours, expected=None):
    got = answer(mine, yours)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([mine, yours], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", [2100, 2400, 2400, 3000, 3800], [1900, 2400, 2400, 2400, 3800], [2400, 2400, 3800])
write("sample/2", [1000, 2000], [3000], [])
write("secret/01-both-empty", [], [], [])
write("secret/02-mine-empty", [], [5, 6], [])
write("secret/03-yours-empty", [5, 6], [], [])
write("secret/04-identical", [-BIG, 0, 0, BIG], [-BIG, 0, 0, BIG], [-BIG, 0, 0, BIG])
# A height climbed three times by one and twice by the other counts twice.
write("secret/05-repeats", [7, 7, 7], [7, 7], [7, 7])
# The common heights come after one list has many smaller ones: advancing both pointers on a
# mismatch skips them.
write("secret/06-skewed", [1, 2, 3, 4, 10], [4, 10], [4, 10])
write("secret/07-interleaved-no-common", [1, 3, 5, 7], [2, 4, 6, 8], [])
write("secret/08-negatives", [-9, -5, -5, 0], [-5, -5, -5, 3], [-5, -5])
write("secret/09-small-random", sorted(random.randint(0, 30) for _ in range(200)), sorted(random.randint(0, 30) for _ in range(150)))
# Many duplicates: searching the other list for every height is ~5 * 10^9 steps.
write("secret/10-large-duplicates", sorted(random.randint(0, 5000) for _ in range(N // 2)), sorted(random.randint(0, 5000) for _ in range(N)))
# Maximum size against one height.
write("secret/11-large-against-one", sorted(random.randint(-1000, 1000) for _ in range(N)), [17])
