"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(2)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(runs):
    last, start, best = {}, 0, 0
    for i, run in enumerate(runs):
        if last.get(run, -1) >= start:
            start = last[run] + 1
        last[run] = i
        best = max(best, i - start + 1)
    return best


def write(path, runs, expected=None):
    got = answer(runs)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([runs], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [4, 7, 4, 2, 9, 7, 2], 4)
write("sample/2", [3, 3, 3], 1)
write("secret/01-single", [5], 1)
write("secret/02-all-distinct", [1, 2, 3, 4, 5, 6], 6)
# The repeat lies before the window's start: a solution that jumps back to it shrinks too far.
write("secret/03-stale-repeat", [1, 2, 1, 3, 4, 2, 5], 5)
write("secret/04-best-at-end", [8, 8, 1, 2, 3, 4], 5)
write("secret/05-big-numbers", [10**9, 1, 10**9, 1, 999999999], 3)
write("secret/06-small-random", [random.randint(1, 30) for _ in range(300)])
# 10^5 distinct runs: checking every start with a set costs ~5 * 10^9 steps.
write("secret/07-large-distinct", random.sample(range(1, 10**9), 100000), 100000)
write("secret/08-large-few-runs", [random.randint(1, 2000) for _ in range(100000)])
# Restarting the window at a repeat drops 2 and 3, which may stay: the best stretch is 2 3 1 4 5.
write("secret/09-keep-after-repeat", [1, 2, 3, 1, 4, 5], 5)
# The values 1..n/2 twice: every stretch of n/2 is fresh, so the answer is n/2 and growing a window
# from each start (even stopping once too few runs are left) costs ~2.5 * 10^9 steps.
half = list(range(1, 50001))
write("secret/10-large-half-twice", half + half, 50000)
# The best stretch sits in the middle of short-lived repeats, about 30 000 long.
middle = random.sample(range(10**6, 10**9 + 1), 30000)
noise = lambda k: [random.randint(1, 50) for _ in range(k)]
write("secret/11-large-best-in-middle", noise(35000) + middle + noise(35000))
# The best stretch is the first 60 000 runs; after it the same few runs repeat.
write("secret/12-large-best-at-start", random.sample(range(1, 10**9 + 1), 60000) + noise(40000))
