"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(11)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(loads):
    """The smallest index whose two sides weigh the same, or -1."""
    total, before = sum(loads), 0
    for p, w in enumerate(loads):
        if before == total - before - w:
            return p
        before += w
    return -1


def write(path, loads, expected=None):
    got = answer(loads)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([loads], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def balanced_at(n, p, low, high):
    """n random loads in [low, high] with cabin p balancing the cable: loads on the lighter side
    are raised (each within the range) until both sides weigh the same."""
    loads = [random.randint(low, high) for _ in range(n)]
    need = sum(loads[:p]) - sum(loads[p + 1 :])  # how much heavier the valley side is
    side = range(n - 1, p, -1) if need > 0 else range(p)
    for i in side:
        if need == 0:
            break
        if need > 0:
            step = min(high - loads[i], need)
            loads[i] += step
            need -= step
        else:
            step = min(high - loads[i], -need)
            loads[i] += step
            need += step
    assert need == 0
    return loads


def unbalanced(n, low, high):
    """n random positive loads, drawn again until no cabin balances the cable."""
    while True:
        loads = [random.randint(low, high) for _ in range(n)]
        if answer(loads) == -1:
            return loads


write("sample/1", [3, 1, 5, 2, 2], 2)
write("sample/2", [-4, 7, -3, 0], 3)
write("sample/3", [0, 0, 0], 0)
write("secret/01-empty", [], -1)
write("secret/02-single", [5], 0)  # both sides are empty
write("secret/03-two-no", [1, 2], -1)
write("secret/04-first-cabin", [7, 3, -3], 0)  # the valley side is empty: a loop from 1 misses it
write("secret/05-last-cabin", [2, -2, 9], 2)  # the summit side is empty: a loop to n - 2 misses it
# Two balancing cabins: the first one is the answer, not the last.
write("secret/06-two-answers", [1, 0, 0, 1], 1)
# The pylon's cabin is on neither side: counting it on the valley side finds index 2 here.
write("secret/07-own-cabin", [2, 5, 1, 2], -1)
# Negative loads: closing in from both ends (moving the lighter side) misses the balance.
write("secret/08-negatives", [-5, 10, -2, 4, 1], 2)
write("secret/09-extremes", [BIG, -BIG, BIG, BIG, -BIG, BIG], -1)
write("secret/10-small-random", balanced_at(40, 17, -5, 5))
write("secret/11-big-values-middle", balanced_at(1000, 500, -BIG, BIG))
# Maximum size: the balance is the very last cabin, so a quadratic search does the whole work.
write("secret/12-large-at-end", balanced_at(N, N - 1, -1000, 1000))
# Maximum size: no balancing cabin at all, every side sum rising steadily.
write("secret/13-large-none", unbalanced(N, 1, 9))
# Maximum size, all zero: every cabin balances; the first one is 0.
write("secret/14-large-zeros", [0] * N, 0)
# Balanced in the middle, extreme values at both ends of the range.
mid = balanced_at(40000, 20000, -BIG, BIG)
write("secret/15-large-middle", mid)
# Maximum size, a balance near the start and more later: only the first one counts.
pairs = [random.randint(-99, 99) for _ in range((N - 4) // 2)]
rest = pairs + [-x for x in pairs]
random.shuffle(rest)
early = [3, 9, 1, 2] + rest  # cabin 1: 3 against 1 + 2 + 0
write("secret/16-large-early", early)
