"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from collections import Counter

random.seed(12)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIG = 10**9


def answer(loads, target):
    """Distinct value triples x <= y <= z, each value used at most as often as it occurs."""
    count = Counter(loads)
    values = sorted(count)
    found = 0
    for i, x in enumerate(values):
        for y in values[i:]:
            z = target - x - y
            if z < y or z not in count:
                continue
            need = Counter((x, y, z))
            if all(count[v] >= c for v, c in need.items()):
                found += 1
    return found


def brute(loads, target):
    n = len(loads)
    return len({tuple(sorted((loads[a], loads[b], loads[c]))) for a in range(n) for b in range(a + 1, n) for c in range(b + 1, n) if loads[a] + loads[b] + loads[c] == target})


def write(path, loads, target, expected=None):
    got = answer(loads, target)
    if expected is not None:
        assert got == expected, (got, expected)
    if len(loads) <= 60:
        assert brute(loads, target) == got
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([loads, target], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [-1, 0, 1, 2, -1, -4], 0, 2)
write("sample/2", [2, 2, 2, 2], 6, 1)
write("secret/01-empty", [], 0, 0)
write("secret/02-two-sleds", [1, 2], 3, 0)
write("secret/03-three-sleds", [BIG, -BIG, 5], 5, 1)
# A value used twice needs two sleds with it: here there is one 2, so 2 + 2 + (-4) is not allowed.
write("secret/04-value-needed-twice-but-once", [2, -4, 1, 3], 0, 1)
# ... and here there are two, so it is: skipping equal values too early loses it.
write("secret/05-value-needed-twice", [2, 2, -4, 9], 0, 1)
# Many equal sleds: counting positions instead of values gives C(n, 3).
write("secret/06-all-equal", [0] * 300, 0, 1)
write("secret/07-all-equal-no-triple", [0] * 300, 1, 0)
# Sums of three sleds reach 3 * 10^9, past 32-bit integers.
write("secret/08-sum-past-32-bits", [BIG, BIG, BIG, -BIG], 3 * BIG, 1)
write("secret/09-negative-extreme", [-BIG, -BIG, -BIG, BIG], -3 * BIG, 1)
write("secret/10-unsorted-order-matters", [5, -3, 1, 4, -2, 0, 3, -1], 2)
write("secret/11-small-random", [random.randint(-6, 6) for _ in range(60)], 0)
write("secret/12-small-random-target", [random.randint(-20, 20) for _ in range(60)], 7)
# Maximum size, values from a small range: many duplicates, many triples.
write("secret/13-large-many-duplicates", [random.randint(-300, 300) for _ in range(3000)], 0)
# Maximum size, wide values: the target is the sum of three sleds, so at least one triple exists.
wide = [random.randint(-BIG, BIG) for _ in range(3000)]
write("secret/14-large-wide", wide, wide[10] + wide[1500] + wide[2990])
# Maximum size, all distinct: trying every triple is 4.5 * 10^9 sums.
distinct = random.sample(range(-15000, 15000), 3000)
write("secret/15-large-distinct", distinct, 123)
