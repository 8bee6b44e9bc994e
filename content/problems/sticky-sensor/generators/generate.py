"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(103)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(readings, k, t):
    width = t + 1
    buckets = {}
    for j, x in enumerate(readings):
        b = x // width
        if b in buckets:
            return j
        if b - 1 in buckets and x - buckets[b - 1] <= t:
            return j
        if b + 1 in buckets and buckets[b + 1] - x <= t:
            return j
        buckets[b] = x
        if j >= k:
            del buckets[readings[j - k] // width]
    return -1


def brute(readings, k, t):
    for j in range(len(readings)):
        if any(abs(readings[i] - readings[j]) <= t for i in range(max(0, j - k), j)):
            return j
    return -1


def write(path, readings, k, t, expected=None):
    got = answer(readings, k, t)
    if len(readings) * min(k, len(readings)) <= 10**6:
        assert got == brute(readings, k, t), path
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([readings, k, t], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def spread(n, step, low):
    """n distinct readings, pairwise at least `step` apart, in random order."""
    values = random.sample(range(low, BIG + 1, step), n)
    return values


write("sample/1", [100, 250, 400, 230, 90], 2, 20, 3)
write("sample/2", [100, 250, 400, 105], 2, 20, -1)
write("sample/3", [-3, 3], 5, 5, -1)
write("secret/01-empty", [], 1, 0, -1)
write("secret/02-single", [7], 100000, 2 * BIG, -1)
write("secret/03-equal-t-zero", [5, 9, 5], 2, 0, 2)
# A difference of exactly t is close (<=, not <).
write("secret/04-exactly-t", [0, 10], 1, 10, 1)
write("secret/05-just-over-t", [0, 11], 1, 10, -1)
# Exactly k back is compared; k + 1 back is not.
write("secret/06-exactly-k-back", [50, 0, 1000, 2000, 51], 4, 1, 4)
write("secret/07-k-plus-one-back", [50, 0, 1000, 2000, 3000, 51], 4, 1, -1)
# Close readings in neighbouring buckets (width 10: 19 and 21 lie in buckets 1 and 2).
write("secret/08-neighbour-bucket", [19, 100, 21], 5, 9, 2)
write("secret/09-neighbour-below", [40, 100, 38], 5, 9, 2)
# Truncating division puts -3 and 3 in bucket 0 although they differ by 6; floor does not.
write("secret/10-negative-truncation", [-3, 3, 20, -20], 5, 4, -1)
write("secret/11-negatives", [-100, -50, -96], 3, 4, 2)
# t = 2 * 10^9: any two readings are close, even the extremes.
write("secret/12-huge-t", [-BIG, BIG], 1, 2 * BIG, 1)
write("secret/13-extremes-far", [-BIG, BIG, -BIG + 1], 1, 5, -1)
for i in range(4):
    n = random.randint(10, 60)
    vals = [random.randint(-40, 40) for _ in range(n)]
    write("secret/%02d-small-random" % (14 + i), vals, random.randint(1, 8), random.randint(0, 3))
# Maximum size and window: the only alarm is the very last reading, close to one far back in the
# window, so comparing with the k previous readings does all 5 * 10^9 comparisons first.
t = 100
quiet = spread(N, 2 * t + 1, low=0)
late = quiet[:-1] + [quiet[5] + t]
write("secret/18-large-alarm-at-end", late, N, t, N - 1)
# A small window sliding a long way, the alarm in the middle (a reading 1000 back).
mid = spread(50000, 3001, low=0)
mid[30000] = mid[30000 - 1000] + 3000
write("secret/19-window-slides", mid, 1000, 3000, 30000)
