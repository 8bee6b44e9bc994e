"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(9)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000


def answer(piles, need):
    """The shortest stretch with a total of at least `need` (0 if none): grow right, shrink left."""
    best = len(piles) + 1
    total = left = 0
    for right, p in enumerate(piles):
        total += p
        while total >= need:
            best = min(best, right - left + 1)
            total -= piles[left]
            left += 1
    return 0 if best > len(piles) else best


def brute(piles, need):
    n = len(piles)
    lengths = [j - i + 1 for i in range(n) for j in range(i, n) if sum(piles[i : j + 1]) >= need]
    return min(lengths, default=0)


def write(path, piles, need, expected=None):
    got = answer(piles, need)
    if expected is not None:
        assert got == expected, (got, expected)
    if len(piles) <= 80:
        assert brute(piles, need) == got
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([piles, need], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [2, 3, 1, 2, 4, 3], 7, 2)
write("sample/2", [1, 1, 1], 5, 0)
write("secret/01-single-exactly-enough", [5], 5, 1)
write("secret/02-single-not-enough", [4], 5, 0)
# Only the whole trail is enough, and exactly.
write("secret/03-whole-trail-exactly", [1, 2, 3], 6, 3)
# A stretch summing to exactly `need`: "> need" finds a longer one.
write("secret/04-exactly-need-in-the-middle", [1, 4, 4, 1], 8, 2)
# One step of the right end lets the left end jump several piles: shrinking once per step ("if"
# instead of "while") keeps a window too long.
write("secret/05-shrink-many-at-once", [1, 1, 1, 1, 10], 10, 1)
write("secret/06-answer-at-the-start", [9, 9, 1, 1, 1, 1], 18, 2)
# The biggest piles are far apart: taking the largest piles, ignoring order, is wrong.
write("secret/07-largest-piles-apart", [5, 1, 1, 5], 10, 4)
write("secret/08-all-equal", [3] * 40, 20, 7)
write("secret/09-need-one", [7, 1, 10000], 1, 1)
write("secret/10-small-random", [random.randint(1, 9) for _ in range(80)], 40)
write("secret/11-small-random-wide", [random.randint(1, 10000) for _ in range(80)], 120000)
# Maximum size, need about half the total: extending from every start is ~5 * 10^9 steps.
big = [random.randint(1, 10000) for _ in range(N)]
write("secret/12-large-half-the-total", big, sum(big) // 2)
# Maximum size, need is the whole total: the answer is n.
flat = [random.randint(1, 20) for _ in range(N)]
write("secret/13-large-answer-is-everything", flat, sum(flat))
# Maximum size, need above the total (10^9 > 10^5 * 2): no stretch is enough.
write("secret/14-large-never-enough", [random.randint(1, 2) for _ in range(N)], 10**9)
# Maximum size, small piles and one dense stretch near the end.
dense = [random.randint(1, 3) for _ in range(N)]
for i in range(N - 3000, N - 2000):
    dense[i] = 10000
write("secret/15-large-dense-stretch-near-the-end", dense, 10**7)
