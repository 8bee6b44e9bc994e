"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(67)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(sledges, k):
    if k > len(sledges):
        return list(sledges)
    i = len(sledges) - k
    return sledges[:i] + sledges[i + 1 :]


def write(path, sledges, k, expected=None):
    got = answer(sledges, k)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([sledges, k], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", [4, 8, 15, 16, 23], 2, [4, 8, 15, 23])
write("sample/2", [4, 8, 15], 3, [8, 15])
write("sample/3", [7, 7], 5, [7, 7])
write("secret/01-empty", [], 1, [])
write("secret/02-single-removed", [9], 1, [])
write("secret/03-single-kept", [9], 2, [9])
write("secret/04-last", [1, 2, 3], 1, [1, 2])
write("secret/05-head", [1, 2, 3, 4], 4, [2, 3, 4])
write("secret/06-one-too-far", [1, 2, 3, 4], 5, [1, 2, 3, 4])
# Equal numbers: only the sledge at the position goes, not every sledge with its number.
write("secret/07-duplicates", [5, 6, 5, 6, 5], 3, [5, 6, 6, 5])
# Asymmetric: the k-th from the front would be a different sledge.
write("secret/08-front-vs-back", [0, 1, 2, 3, 4, 5, 6], 2, [0, 1, 2, 3, 4, 6])
write("secret/09-extremes", [BIG, 0, BIG, 0], 2, [BIG, 0, 0])
write("secret/10-small-random", [random.randint(0, 9) for _ in range(30)], 11)
# The longest train, a sledge near the back; then the front sledge, and nothing (k = 2 * 10^5).
train = [random.randint(0, 999) for _ in range(N)]
write("secret/11-large-near-back", train, 3)
write("secret/12-head", [random.randint(0, 999) for _ in range(2000)], 2000)
write("secret/13-k-too-big", [random.randint(0, 99) for _ in range(5000)], 2 * N)
