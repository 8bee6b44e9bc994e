"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from collections import Counter

random.seed(1)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(weights, gap):
    seen = Counter(weights)
    if gap == 0:
        return sum(c * (c - 1) // 2 for c in seen.values())
    return sum(c * seen.get(w + gap, 0) for w, c in seen.items())


def write(path, weights, gap, expected=None):
    got = answer(weights, gap)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([weights, gap], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [70, 75, 80, 75], 5, 4)
write("sample/2", [60, 60, 60], 0, 3)
write("secret/01-single", [80], 0, 0)
write("secret/02-none", [50, 52, 54], 1, 0)
write("secret/03-gap-zero-mixed", [5, 5, 7, 7, 7, 9], 0, 4)
write("secret/04-huge-gap", [1, 1000000000, 1, 500000000], 999999999, 2)
write("secret/05-small-random", [random.randint(40, 60) for _ in range(200)], 3)
# 10^5 equal weights with gap 0: the answer (~5 * 10^9) needs more than 32 bits.
write("secret/06-all-equal", [72] * 100000, 0, 100000 * 99999 // 2)
# 10^5 distinct weights: a double loop checks ~5 * 10^9 pairs.
write("secret/07-large-distinct", random.sample(range(1, 10**9), 100000), 1)
write("secret/08-large-dense", [random.randint(1, 1000) for _ in range(100000)], 7)
# The largest gap: no two weights differ by 10^9 (they lie in 1..10^9), so no pair.
write("secret/09-max-gap", [1, 10**9, 500000000, 1], 10**9, 0)
# Heavier climbers come first: a search that only looks back for a lighter one finds nothing.
write("secret/10-heavier-first", [90, 80, 70, 60], 10, 3)
