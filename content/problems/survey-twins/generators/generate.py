"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from collections import Counter

random.seed(79)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(altitudes, k):
    count = Counter(altitudes)
    if k == 0:
        return sum(c * (c - 1) // 2 for c in count.values())
    return sum(c * count.get(a + k, 0) for a, c in count.items())


def brute(altitudes, k):
    n = len(altitudes)
    return sum(1 for i in range(n) for j in range(i + 1, n) if abs(altitudes[i] - altitudes[j]) == k)


def write(path, altitudes, k, expected=None):
    got = answer(altitudes, k)
    if len(altitudes) <= 500:
        assert got == brute(altitudes, k)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([altitudes, k], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [3, 7, 5, 3, 9], 4, 3)
write("sample/2", [6, 6, 6], 0, 3)
write("sample/3", [-2, 2], 4, 1)
write("secret/01-empty", [], 3, 0)
write("secret/02-single", [5], 0, 0)  # a marker is not its own twin
write("secret/03-pair-zero", [8, 8], 0, 1)
write("secret/04-k-zero-mixed", [1, 2, 1, 3, 2, 1], 0, 4)
# Duplicates on both sides: 2 x 3 pairs, not 1 (distinct values) and not 12 (both directions).
write("secret/05-duplicates", [10, 10, 13, 13, 13], 3, 6)
write("secret/06-both-sides", [5, 0, 10, 5], 5, 4)
write("secret/07-extremes", [-BIG, BIG, -BIG, 0], 2 * BIG, 2)
write("secret/08-no-pairs", [1, 2, 3], 10, 0)
write("secret/09-negatives", [-7, -3, -5, -1, -3], 2, 5)
write("secret/10-small-random", [random.randint(-5, 5) for _ in range(200)], 2)
write("secret/11-small-random-k0", [random.randint(-5, 5) for _ in range(200)], 0)
# Maximum size, all equal, k = 0: n(n - 1)/2 = 4 999 950 000 pairs, beyond 32 bits.
write("secret/12-large-all-equal", [7] * N, 0)
# Maximum size, a few altitudes: many pairs, and every marker has twins on both sides.
write("secret/13-large-few-values", [random.choice([0, 7, 14, 21]) for _ in range(N)], 7)
# Maximum size, random wide values: few pairs; comparing all pairs is 5 * 10^9 steps.
write("secret/14-large-sparse", [random.randint(-10**5, 10**5) for _ in range(N)], 12345)
