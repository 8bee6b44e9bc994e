"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(15)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000


def answer(days, k):
    """The longest window with at most k storm days: grow right, shrink while there are too many."""
    storms = left = best = 0
    for right, d in enumerate(days):
        storms += d == "S"
        while storms > k:
            storms -= days[left] == "S"
            left += 1
        best = max(best, right - left + 1)
    return best


def brute(days, k):
    n = len(days)
    return max((j - i + 1 for i in range(n) for j in range(i, n) if days[i : j + 1].count("S") <= k), default=0)


def write(path, days, k, expected=None):
    got = answer(days, k)
    if expected is not None:
        assert got == expected, (got, expected)
    if len(days) <= 200:
        assert brute(days, k) == got
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([days, k]) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def season(n, storm_chance):
    return "".join("S" if random.random() < storm_chance else "B" for _ in range(n))


write("sample/1", "BSBBSSB", 1, 4)
write("sample/2", "SSS", 0, 0)
write("secret/01-single-bluebird", "B", 0, 1)
write("secret/02-single-storm", "S", 0, 0)
write("secret/03-single-storm-allowed", "S", 1, 1)
# k covers every storm: the whole season.
write("secret/04-k-covers-all", "SBSBS", 3, 5)
write("secret/05-k-zero", "BBSBBBSB", 0, 3)
# The best streak straddles a storm: restarting the window after the (k+1)-th storm loses it.
write("secret/06-streak-straddles-storm", "SBBSBBS", 1, 5)
# k and k + 1 storms give different answers; so do k - 1.
write("secret/07-exactly-k-storms", "SBSBSBS", 2, 5)
write("secret/08-best-at-the-end", "BSSSBBSBBB", 1, 6)
write("secret/09-small-random", season(200, 0.4), 7)
write("secret/10-small-random-stormy", season(200, 0.9), 3)
# Maximum size, every day bluebird, k = 0: the answer is the whole season.
write("secret/11-large-all-bluebird", "B" * N, 0)
# Maximum size, every day a storm: k = n (the largest k) takes the whole season, k = n / 2 half of it.
write("secret/12-large-all-storms", "S" * N, N)
write("secret/13-large-all-storms-half", "S" * N, N // 2)
# Maximum size, random, k = 20 000: the streak is ~40 000 days, so extending a streak from every
# start walks ~4 * 10^9 days.
write("secret/14-large-random", season(N, 0.5), 20000)
# Maximum size, a calm spell in the middle of a stormy season.
calm = list(season(N, 0.95))
for i in range(N // 2 - 3000, N // 2 + 3000):
    calm[i] = "B" if random.random() < 0.97 else "S"
write("secret/15-large-calm-middle", "".join(calm), 100)
