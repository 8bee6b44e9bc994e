"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(55)
root_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX = 10**15

# fewest[h]: the fewest nodes of an AVL tree of height h (h counts nodes on the longest path).
fewest = [0, 1]
while fewest[-1] <= MAX:
    fewest.append(fewest[-1] + fewest[-2] + 1)


def answer(sizes):
    out = []
    for n in sizes:
        low = 0
        while (1 << low) - 1 < n:  # a perfect tree of height h holds 2^h - 1 nodes
            low += 1
        high = 0
        while fewest[high + 1] <= n:
            high += 1
        out.append([low, high])
    return out


def write(path, sizes, expected=None):
    got = answer(sizes)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(json.dumps([sizes], separators=(",", ":")) + "\n")
    with open(os.path.join(root_dir, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", [1, 4, 7, 12], [[1, 1], [3, 3], [3, 4], [4, 5]])
write("sample/2", [0, 2, 33], [[0, 0], [2, 2], [6, 7]])

write("secret/01-zero", [0], [[0, 0]])
write("secret/02-small-all", list(range(0, 60)))
# Exactly at, one below and one above every threshold of the sparsest AVL trees.
edges = sorted({x for f in fewest if f <= MAX for x in (f - 1, f, f + 1) if 0 <= x <= MAX})
write("secret/03-sparse-thresholds", edges)
# Around every power of two: 2^k - 1 (perfect), 2^k, 2^k + 1. Floating-point log2 rounds 2^k + 1 to
# exactly k for large k.
powers = sorted({x for k in range(0, 50) for x in ((1 << k) - 1, 1 << k, (1 << k) + 1) if x <= MAX} | {MAX})
write("secret/04-powers-of-two", powers)
# Above 2^31 and 2^32: 32-bit arithmetic wraps.
write("secret/05-past-32-bits", [2**31 - 1, 2**31, 2**31 + 1, 2**32, 3 * 2**31, 10**10, 10**12, MAX, MAX - 1])
write("secret/06-random-small", [random.randint(0, 1000) for _ in range(500)])
# 10^4 sizes over the whole range, half of them on thresholds.
big = [random.randint(0, MAX) for _ in range(5000)]
big += [random.choice(edges + powers) for _ in range(5000)]
random.shuffle(big)
big[0], big[-1] = 0, MAX
write("secret/07-max-mixed", big)
