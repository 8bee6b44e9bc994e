"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from collections import Counter

random.seed(20)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000


def answer(changes, k):
    """Stretches with net change k: prefix sums, counting earlier prefixes equal to prefix - k."""
    seen = Counter({0: 1})
    prefix = count = 0
    for c in changes:
        prefix += c
        count += seen[prefix - k]
        seen[prefix] += 1
    return count


def brute(changes, k):
    n = len(changes)
    return sum(1 for i in range(n) for j in range(i, n) if sum(changes[i : j + 1]) == k)


def write(path, changes, k, expected=None):
    got = answer(changes, k)
    if expected is not None:
        assert got == expected, (got, expected)
    if len(changes) <= 120:
        assert brute(changes, k) == got
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([changes, k], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [3, -1, 2, 1, -2, 3], 3, 5)
write("sample/2", [0, 0, 0], 0, 6)
write("secret/01-single-hit", [5], 5, 1)
write("secret/02-single-miss", [5], -5, 0)
# Every stretch starting at the first minute: a map without the empty prefix misses them.
write("secret/03-from-the-start", [4, 0, -4, 4], 4, 4)
# k = 0 with no zero stretch: adding the prefix before looking it up counts an empty stretch per minute.
write("secret/04-k-zero-none", [1, 2, 3], 0, 0)
# Negative changes: a window that shrinks while its sum is above k skips stretches.
write("secret/05-negatives-break-windows", [2, -2, 2, -2, 2], 2, 6)
write("secret/06-negative-k", [-1, -1, 1, -1], -1, 5)
write("secret/07-extremes", [10000, -10000, 10000], 10000, 3)
write("secret/08-k-out-of-reach", [10000] * 20, 10**9, 0)
write("secret/09-k-far-below", [-10000] * 20, -(10**9), 0)
write("secret/10-small-random", [random.randint(-3, 3) for _ in range(120)], 2)
write("secret/11-small-random-positive", [random.randint(0, 4) for _ in range(120)], 6)
# Maximum size, all zero, k = 0: every one of n(n + 1) / 2 = 5 * 10^9 stretches, past 32 bits;
# checking every stretch is 5 * 10^9 sums.
write("secret/12-large-all-zero", [0] * N, 0)
# Maximum size, a random walk, k small: many hits spread through the log.
write("secret/13-large-random-walk", [random.choice([-1, 1]) for _ in range(N)], 3)
# Maximum size, wide values, k the total of a middle stretch.
wide = [random.randint(-10000, 10000) for _ in range(N)]
write("secret/14-large-wide", wide, sum(wide[30000:60000]))
