"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from collections import deque

random.seed(4)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(readings, k):
    """For each hour i, the largest reading of hours max(0, i - k + 1) .. i."""
    levels = []
    window = deque()  # indices in the window, readings strictly falling from front to back
    for i, r in enumerate(readings):
        while window and readings[window[-1]] <= r:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        levels.append(readings[window[0]])
    return levels


def write(path, readings, k, expected=None):
    got = answer(readings, k)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([readings, k], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", [3, 1, 4, 1, 5, 9, 2, 6], 3, [3, 3, 4, 4, 5, 9, 9, 9])
write("sample/2", [-4, -6, -6, -1], 2, [-4, -4, -6, -1])
write("secret/01-empty", [], 3, [])
write("secret/02-single", [5], 1, [5])
write("secret/03-single-longest-window", [-BIG], N, [-BIG])
write("secret/04-one-hour-window", [3, -2, 7, 7, 0], 1, [3, -2, 7, 7, 0])
# All below zero: a level that starts from 0 reports 0.
write("secret/05-all-negative", [-5, -3, -8, -9, -9, -2], 3, [-5, -3, -3, -3, -8, -2])
# Equal readings: a deque that drops equal readings and then removes the leaving hour by value
# throws out the newer twin.
write("secret/06-equal-twins", [5, 5, 1, 1], 2, [5, 5, 5, 1])
write("secret/07-extremes", [BIG, -BIG, -BIG, BIG, -BIG], 2, [BIG, BIG, -BIG, BIG, BIG])
# The window is longer than the log: every level is the largest reading so far.
write("secret/08-window-longer-than-log", [1, 3, 2, 5, 4], 10, [1, 3, 3, 5, 5])
# The largest reading leaves the window exactly k hours later: a window of k - 1 or k + 1 hours differs.
write("secret/09-leaves-on-time", [9, 1, 1, 1, 2, 8, 1, 1, 1, 1], 4, [9, 9, 9, 9, 2, 8, 8, 8, 8, 1])
write("secret/10-small-random", [random.randint(-5, 5) for _ in range(300)], 7)
write("secret/11-small-random-wide", [random.randint(-BIG, BIG) for _ in range(300)], 40)
# Maximum size, random over the full range, a short window.
write("secret/12-large-random", [random.randint(-BIG, BIG) for _ in range(N)], 1000)
# Maximum size, falling: the largest reading leaves the window every hour, so recomputing the
# maximum whenever it leaves scans the whole window each time (~5 * 10^9 steps).
write("secret/13-large-falling", list(range(N, 0, -1)), N // 2)
# Maximum size, rising, the longest window: each level is the newest reading (the answer at the end).
write("secret/14-large-rising-longest-window", list(range(N)), N)
# Maximum size, few distinct readings: many equal maxima enter and leave the window.
write("secret/15-large-ties", [random.choice([-1, 0, 1]) for _ in range(N)], 30000)
# Maximum size, one storm in the middle of a quiet log: the level jumps, holds for k hours, then falls.
quiet = [random.randint(0, 1000) for _ in range(N)]
quiet[N // 2] = BIG
write("secret/16-large-storm-in-the-middle", quiet, 20000)
