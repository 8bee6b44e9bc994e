"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from collections import deque

random.seed(23)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(depths, d):
    """Longest window with max - min <= d: a variable window with a falling deque for the maximum and
    a rising deque for the minimum."""
    highs, lows = deque(), deque()
    left = best = 0
    for right, x in enumerate(depths):
        while highs and depths[highs[-1]] <= x:
            highs.pop()
        highs.append(right)
        while lows and depths[lows[-1]] >= x:
            lows.pop()
        lows.append(right)
        while depths[highs[0]] - depths[lows[0]] > d:
            left += 1
            if highs[0] < left:
                highs.popleft()
            if lows[0] < left:
                lows.popleft()
        best = max(best, right - left + 1)
    return best


def brute(depths, d):
    n, best = len(depths), 0
    for i in range(n):
        lo = hi = depths[i]
        for j in range(i, n):
            lo, hi = min(lo, depths[j]), max(hi, depths[j])
            if hi - lo > d:
                break
            best = max(best, j - i + 1)
    return best


def write(path, depths, d, expected=None):
    got = answer(depths, d)
    if expected is not None:
        assert got == expected, (got, expected)
    if len(depths) <= 400:
        assert brute(depths, d) == got
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([depths, d], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [80, 84, 81, 90, 88, 87, 95], 3, 3)
write("sample/2", [5, 5, 5], 0, 3)
write("secret/01-single", [-BIG], 0, 1)
write("secret/02-d-zero", [1, 2, 2, 2, 3, 3], 0, 3)
# The spread is exactly d: "< d" stops one day early.
write("secret/03-spread-exactly-d", [10, 13, 11, 12, 14, 10], 3, 4)
# The extremes: max - min = 2 * 10^9, the largest d.
write("secret/04-extremes", [BIG, -BIG, BIG], 2 * BIG, 3)
write("secret/05-extremes-one-short", [BIG, -BIG, BIG], 2 * BIG - 1, 1)
# Only the maximum breaks the window here, only the minimum there: tracking one side is wrong.
write("secret/06-minimum-breaks-it", [50, 52, 51, 40, 41, 42], 2, 3)
write("secret/07-maximum-breaks-it", [50, 48, 49, 60, 59, 61], 2, 3)
# Equal values leave the window: a deque that removes by value drops the newer twin.
write("secret/08-twins", [3, 7, 7, 3, 3, 7, 5, 5, 5], 2, 4)
write("secret/09-small-random", [random.randint(0, 20) for _ in range(400)], 5)
write("secret/10-small-random-negative", [random.randint(-50, 50) for _ in range(400)], 30)
# Maximum size, a slow random walk: long windows, so recomputing max and min of every window is
# ~10^10 steps, and so is extending from every start.
walk = [0]
for _ in range(N - 1):
    walk.append(walk[-1] + random.randint(-3, 3))
write("secret/11-large-random-walk", walk, 300)
# Maximum size, rising then falling: the window's maximum leaves at every step on the way down.
peak = [min(i, N - i) for i in range(N)]
write("secret/12-large-ridge", peak, 40000)
# Maximum size, wide random values with a large d.
write("secret/13-large-wide", [random.randint(-BIG, BIG) for _ in range(20000)], 19 * BIG // 10)
