"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(5)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(deviations, k):
    """The largest sum of k consecutive deviations: a fixed window slid one hour at a time."""
    total = sum(deviations[:k])
    best = total
    for i in range(k, len(deviations)):
        total += deviations[i] - deviations[i - k]
        best = max(best, total)
    return best


def write(path, deviations, k, expected=None):
    got = answer(deviations, k)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([deviations, k], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [-2, 3, 1, -4, 5, 2, -1], 3, 6)
write("sample/2", [-5, -1, -3, -8], 2, -4)
write("secret/01-single", [7], 1, 7)
write("secret/02-single-negative", [-BIG], 1, -BIG)
# Every sum is negative: a best that starts at 0 answers 0.
write("secret/03-all-negative", [-9, -4, -6, -2, -7], 2, -8)
# k = n: the only window is the whole log (a loop that stops one window early finds none).
write("secret/04-whole-log", [4, -1, 2, -6, 3], 5, 2)
# The best window is the last one: a loop that stops at n - k - 1 misses it.
write("secret/05-best-at-the-end", [1, -3, 0, -2, 2, 6, 5], 3, 13)
# The best window is the first one: a loop that starts sliding before recording it misses it.
write("secret/06-best-at-the-start", [6, 5, 4, -9, 1, 1, -9, 2], 3, 15)
# One hour more or less changes the answer: windows of k - 1 and k + 1 hours both win elsewhere.
write("secret/07-window-length-matters", [5, 5, -20, 3, 3, 3, -20, 9], 3, 9)
write("secret/08-k-one", [3, -8, 11, 0, 10], 1, 11)
write("secret/09-all-equal", [-3] * 50, 7, -21)
write("secret/10-small-random", [random.randint(-10, 10) for _ in range(200)], 13)
# Extremes: sums reach 2 * 10^13, far past 32-bit integers.
write("secret/11-large-extremes", [BIG] * 20000, 20000, BIG * 20000)
write("secret/12-large-extreme-negative", [-BIG] * 20000, 7000, -BIG * 7000)
# Maximum size with a long window: re-adding the window every hour is ~2.5 * 10^9 additions.
wide = [random.randint(-999, 999) for _ in range(N)]
write("secret/13-large-random-half-window", wide, N // 2)
# k = n = 10^5: the longest window is the whole log.
write("secret/15-large-whole-log-longest-window", [random.randint(-9, 9) for _ in range(N)], N)
# A warm spell in the middle of a cold log, with a short window.
cold = [random.randint(-9999, -1000) for _ in range(N)]
for i in range(N // 2, N // 2 + 500):
    cold[i] = random.randint(0, 9999)
write("secret/14-large-warm-spell-middle", cold, 300)
