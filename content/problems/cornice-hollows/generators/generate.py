"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(14)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(heights):
    """Snow above column i: min(highest to the left, highest to the right) - heights[i], by prefix maxima."""
    n = len(heights)
    left, right = [0] * n, [0] * n
    top = 0
    for i in range(n):
        top = max(top, heights[i])
        left[i] = top
    top = 0
    for i in range(n - 1, -1, -1):
        top = max(top, heights[i])
        right[i] = top
    return sum(min(left[i], right[i]) - heights[i] for i in range(n))


def write(path, heights, expected=None):
    got = answer(heights)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([heights], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [3, 0, 2, 0, 4, 1, 2], 8)
write("sample/2", [5, 4, 1, 2], 1)
write("secret/01-single", [7], 0)
write("secret/02-two", [BIG, 0], 0)
write("secret/03-rising", [0, 1, 2, 3, 4], 0)
write("secret/04-falling", [4, 3, 2, 1, 0], 0)
write("secret/05-valley", [3, 0, 0, 3], 6)
# Hollows nested inside a larger one: filling only between neighbouring local peaks misses the snow
# above the small peaks.
write("secret/06-nested-hollows", [5, 0, 2, 0, 2, 0, 5], 5 + 3 + 5 + 3 + 5)
# The highest ridge on the left, a lower one on the right: the lower side limits the snow.
write("secret/07-lower-side-limits", [9, 0, 0, 2], 4)
write("secret/08-plateau", [2, 2, 0, 2, 2], 2)
write("secret/09-all-equal", [6] * 50, 0)
write("secret/10-small-random", [random.randint(0, 9) for _ in range(200)])
# Tall walls at both ends over the full width: 10^9 * (n - 2) is about 10^14, past 32 bits.
write("secret/11-large-wide-valley", [BIG] + [0] * (N - 2) + [BIG], BIG * (N - 2))
# Maximum size, random heights: scanning both sides from every column is ~10^10 steps.
write("secret/12-large-random", [random.randint(0, 10**6) for _ in range(N)])
# One peak in the middle and rough slopes: the answer comes from both sides' maxima.
M = 40000
mountain = [min(i, M - 1 - i) * 10 + random.randint(0, 2000) for i in range(M)]
write("secret/13-large-rough-mountain", mountain)
# A saw of teeth rising to the right: every gap holds snow up to the tooth before it.
write("secret/14-large-rising-saw", [(i // 2) * 3 if i % 2 == 0 else 0 for i in range(M)])
