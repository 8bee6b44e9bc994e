"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(71)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(markers, k):
    out = []
    for g, start in enumerate(range(0, len(markers), k)):
        group = markers[start : start + k]
        out.extend(group[::-1] if g % 2 == 0 else group)
    return out


def write(path, markers, k, expected=None):
    got = answer(markers, k)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([markers, k], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", [1, 2, 3, 4, 5, 6, 7, 8], 3, [3, 2, 1, 4, 5, 6, 8, 7])
write("sample/2", [1, 2, 3, 4, 5], 2, [2, 1, 3, 4, 5])
write("sample/3", [9, 8, 7], 5, [7, 8, 9])
write("secret/01-empty", [], 4, [])
write("secret/02-single", [-3], 1, [-3])
write("secret/03-k-one", [1, 2, 3, 4], 1, [1, 2, 3, 4])  # groups of one: nothing moves
write("secret/04-k-equals-n", [1, 2, 3, 4], 4, [4, 3, 2, 1])
# The short last group is the third: reversed. Leaving it as it is gives [.., 7, 8].
write("secret/05-short-last-reversed", [1, 2, 3, 4, 5, 6, 7, 8], 3, [3, 2, 1, 4, 5, 6, 8, 7])
# The short last group is the second: kept. Reversing every group gives [.., 5, 4].
write("secret/06-short-last-kept", [1, 2, 3, 4, 5], 3, [3, 2, 1, 4, 5])
write("secret/07-many-groups", list(range(1, 13)), 2, [2, 1, 3, 4, 6, 5, 7, 8, 10, 9, 11, 12])
write("secret/08-duplicates-extremes", [BIG, -BIG, BIG, 0, 0, -BIG], 2, [-BIG, BIG, BIG, 0, -BIG, 0])
write("secret/09-small-random", [random.randint(-9, 9) for _ in range(37)], 5)
# One group of 10^5: swapping values by walking from the head is ~2.5 * 10^9 steps.
write("secret/10-large-one-group", [random.randint(-99, 99) for _ in range(N)], N)
# Two groups: one reversed, one kept (the second one shorter).
write("secret/11-two-groups", [random.randint(-99, 99) for _ in range(20000)], 10001)
# Many small groups, ending in a short reversed one.
write("secret/12-large-small-groups", [random.randint(-99, 99) for _ in range(N - 17)], 10)
