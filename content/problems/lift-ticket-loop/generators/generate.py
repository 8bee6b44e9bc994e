"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(25)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
TOP = 10**4


def answer(lifts):
    """The largest total of a stretch with no lift twice: a variable window with last-seen positions."""
    last = {}
    left = total = best = 0
    prefix = [0]
    for x in lifts:
        prefix.append(prefix[-1] + x)
    for right, x in enumerate(lifts):
        if last.get(x, -1) >= left:
            left = last[x] + 1
        last[x] = right
        best = max(best, prefix[right + 1] - prefix[left])
    return best


def brute(lifts):
    n, best = len(lifts), 0
    for i in range(n):
        seen, total = set(), 0
        for j in range(i, n):
            if lifts[j] in seen:
                break
            seen.add(lifts[j])
            total += lifts[j]
            best = max(best, total)
    return best


def write(path, lifts, expected=None):
    got = answer(lifts)
    if expected is not None:
        assert got == expected, (got, expected)
    if len(lifts) <= 400:
        assert brute(lifts) == got
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([lifts], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [4, 2, 4, 5, 6], 17)
write("sample/2", [5, 2, 1, 2, 5, 2, 1, 2, 5], 8)
write("secret/01-single", [TOP], TOP)
write("secret/02-all-equal", [7] * 10, 7)
write("secret/03-all-different", [1, 2, 3, 4, 5], 15)
# After a repeat the window keeps the part after the first copy: restarting at the repeat loses it.
write("secret/04-keep-after-first-copy", [1, 9, 8, 1, 2], 20)
# An old last-seen position lies before the window: jumping back to it would re-admit a repeat.
write("secret/05-stale-last-seen", [3, 1, 2, 1, 3, 5], 11)
# The best stretch is the last one: a best updated only when a repeat arrives misses it.
write("secret/06-best-at-the-end", [2, 2, 1, 3, 5, 9], 20)
write("secret/07-best-at-the-start", [9, 8, 7, 8, 1, 1], 24)
write("secret/08-small-random", [random.randint(1, 15) for _ in range(400)])
write("secret/09-small-random-wide", [random.randint(1, 400) for _ in range(400)])
# Maximum size, all lifts different over a long stretch: extending from every start walks ~10^4
# lifts each, ~10^9 steps, and the total reaches ~5 * 10^7.
perm = list(range(1, TOP + 1))
random.shuffle(perm)
long_run = (perm * 10)[:N]
write("secret/10-large-cycling", long_run)
# Maximum size, few distinct lifts: short stretches, many repeats.
write("secret/11-large-few-lifts", [random.randint(1, 30) for _ in range(N)])
# Maximum size, random over all lift numbers.
write("secret/12-large-random", [random.randint(1, TOP) for _ in range(N)])
