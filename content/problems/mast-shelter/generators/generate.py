"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(3)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(heights):
    """For each mast, how many masts east the first strictly taller one stands; 0 if none."""
    shelter = [0] * len(heights)
    waiting = []  # masts still without shelter, their heights not increasing from bottom to top
    for i, h in enumerate(heights):
        while waiting and heights[waiting[-1]] < h:
            j = waiting.pop()
            shelter[j] = i - j
        waiting.append(i)
    return shelter


def write(path, heights, expected=None):
    got = answer(heights)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([heights], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", [3, 1, 4, 1, 5, 9, 2, 6], [2, 1, 2, 1, 1, 0, 1, 0])
write("sample/2", [5, 5, 2, 6], [3, 2, 1, 0])
write("secret/01-empty", [], [])
write("secret/02-single", [7], [0])
# Equal is not taller: a stack that pops on <= shelters every mast behind its twin.
write("secret/03-equal-not-taller", [4, 4, 4, 4], [0, 0, 0, 0])
write("secret/04-duplicates", [2, 1, 2, 3, 3, 1, 4, 4], [3, 1, 1, 3, 2, 1, 0, 0])
write("secret/05-negatives", [-5, -9, -5, -1, -7, -3], [3, 1, 1, 0, 1, 0])
write("secret/06-extremes", [BIG, -BIG, -BIG, BIG, -BIG, BIG], [0, 2, 1, 0, 1, 0])
# The nearest taller mast, not the tallest one: [1, 2, 3] is [1, 1, 0], not [2, 1, 0].
write("secret/07-rising", [1, 2, 3], [1, 1, 0])
# A taller mast far behind low ones: looking only at the next neighbour finds nothing.
write("secret/08-valley", [5, 1, 1, 1, 6, 0], [4, 3, 2, 1, 0, 0])
# 5000 masts falling, then one taller than all: every answer is far (up to 4999), so a scan that
# gives up after a fixed number of masts misses them.
write("secret/09-far-shelter", list(range(5000, 0, -1)) + [6000])
write("secret/10-small-random", [random.randint(-3, 3) for _ in range(300)])
# Maximum size, random over the full range: answers mostly small.
write("secret/11-large-random", [random.randint(-BIG, BIG) for _ in range(N)])
# Maximum size, all equal: nobody is sheltered; a mast-by-mast scan east looks at ~5 * 10^9 pairs.
write("secret/12-large-equal", [7] * N)
# Maximum size, falling, then the tallest last: every answer reaches to the end (up to n - 1).
write("secret/13-large-falling-then-peak", list(range(BIG - N, BIG - 1)) [::-1] + [BIG])
# Maximum size, rising: every answer is 1 except the last (the answers at the start).
write("secret/14-large-rising", list(range(-N, 0)))
# Maximum size, few distinct heights: long runs of equal masts, answers of every length.
write("secret/15-large-ties", [random.choice([-2, -1, 0, 1, 2, 2, 2]) for _ in range(N)])
# Maximum size, a ridge: rising to the middle, then falling (sheltered in the west, none in the east).
half = N // 2
write("secret/16-large-ridge", list(range(half)) + list(range(half, 0, -1)))
