"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(28)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(depths, budget):
    """Sort; a window a[l..r] can be raised to a[r] for a[r] * len - sum(window) centimetres."""
    a = sorted(depths)
    left = total = best = 0
    for right, x in enumerate(a):
        total += x
        while x * (right - left + 1) - total > budget:
            total -= a[left]
            left += 1
        best = max(best, right - left + 1)
    return best


def brute(depths, budget):
    a = sorted(depths)
    best = 0
    for r in range(len(a)):
        for l in range(r + 1):
            if sum(a[r] - a[k] for k in range(l, r + 1)) <= budget:
                best = max(best, r - l + 1)
                break
    return best


def write(path, depths, budget, expected=None):
    got = answer(depths, budget)
    if expected is not None:
        assert got == expected, (got, expected)
    if len(depths) <= 120:
        assert brute(depths, budget) == got
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([depths, budget], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [40, 10, 30, 20], 30, 3)
write("sample/2", [5, 90, 7], 0, 1)
write("secret/01-single", [BIG], 0, 1)
write("secret/02-all-equal-no-budget", [8, 8, 8], 0, 3)
# The budget is used exactly: "< budget" stops one section short.
write("secret/03-budget-exact", [1, 2, 3], 3, 3)
# Unsorted input: windows over the given order miss the best group.
write("secret/04-unsorted", [9, 1, 10, 2, 11], 3, 3)
write("secret/05-raise-only", [1, 100, 101, 102], 3, 3)
# Costs reach 10^14: x * len overflows 32 bits (and exceeds 2^31 in JavaScript's | 0).
write("secret/06-huge-budget", [1] * 99 + [BIG], 10**14, 100)
write("secret/07-just-short", [1] * 99 + [BIG], 99 * (BIG - 1) - 1, 99)
write("secret/08-small-random", [random.randint(1, 50) for _ in range(120)], 60)
write("secret/09-small-random-wide", [random.randint(1, 10**6) for _ in range(120)], 10**6)
# Maximum size: recomputing each window's cost is ~10^10 steps.
write("secret/10-large-random", [random.randint(1, 10**6) for _ in range(N)], 10**9)
write("secret/11-large-zero-budget", [random.randint(1, 50) for _ in range(N)], 0)
write("secret/12-large-all-raised", [random.randint(1, 1000) for _ in range(N)], 10**14)
