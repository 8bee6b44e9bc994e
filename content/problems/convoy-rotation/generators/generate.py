"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(3)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(sleds, k):
    if not sleds:
        return []
    k %= len(sleds)
    return sleds[len(sleds) - k:] + sleds[: len(sleds) - k]


def write(path, sleds, k, expected=None):
    got = answer(sleds, k)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([sleds, k], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", [1, 2, 3, 4, 5], 2, [4, 5, 1, 2, 3])
write("sample/2", [7, 8], 5, [8, 7])
write("secret/01-empty", [], 3, [])
write("secret/02-single", [42], 10**9, [42])
write("secret/03-zero", [1, 2, 3], 0, [1, 2, 3])
write("secret/04-full-turn", [1, 2, 3], 3, [1, 2, 3])
write("secret/05-one-less", [5, -6, 7, -8], 3, [-6, 7, -8, 5])
write("secret/06-huge-k", [3, 1, 4, 1, 5, 9, 2, 6], 10**9 - 1)
sleds = [random.randint(-10**9, 10**9) for _ in range(1000)]
write("secret/07-medium", sleds, 777)
# 10^5 sleds, half-way round: moving one sled at a time costs ~2.5 * 10^9 steps.
write("secret/08-large", list(range(1, 100001)), 50000)
# k = 10^9 - 1 leaves n - 1 hours after k %= n: one hour short of a full turn, the most moves a
# one-hour-at-a-time simulation can face (~10^10 element shifts).
extremes = [random.randint(-10**9, 10**9) for _ in range(100000)]
extremes[0], extremes[-1] = -10**9, 10**9
write("secret/09-large-one-less-than-turn", extremes, 10**9 - 1)
# k mod n = 1: the last sled only moves to the front.
write("secret/10-large-one-hour", [random.randint(-10**9, 10**9) for _ in range(100000)], 999900001)
# A whole number of turns: the convoy is unchanged.
write("secret/11-large-whole-turns", [random.randint(-10**9, 10**9) for _ in range(100000)], 10**9)
# Three more near-full turns (k mod n = n - 2, n - 3, n - 1), each shuffled differently: a
# one-hour-at-a-time simulation pays ~1.5 s of CPU per test on a quiet machine, so together they
# exceed the run's CPU budget (with the self-test's safety margin) by about twice, however fast the
# host's memmove is, while the intended O(n) solution stays far below it.
for name, k in (("12-large-two-short", 10**9 - 2), ("13-large-three-short", 10**9 - 3), ("14-large-again", 10**5 - 1)):
    perm = list(range(1, 100001))
    random.shuffle(perm)
    write("secret/" + name, perm, k)
