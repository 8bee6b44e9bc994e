"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys

random.seed(101)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(stakes):
    present = set(stakes)
    best_len, best_start = 0, None
    for v in present:
        if v - 1 in present:
            continue
        end = v
        while end + 1 in present:
            end += 1
        length = end - v + 1
        if length > best_len or (length == best_len and v < best_start):
            best_len, best_start = length, v
    return best_len, best_start


def write(path, stakes, expected=None):
    got = answer(stakes)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(stakes), " ".join(map(str, stakes))))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("%d %d\n" % got)


write("sample/1", [12, -3, 10, 11, -2, 12, 40, -4], (3, -4))
write("sample/2", [7, 5, 9], (1, 5))
write("secret/01-one", [BIG], (1, BIG))
write("secret/02-one-repeated", [-BIG, -BIG, -BIG], (1, -BIG))
# Repeated reports inside a stretch: a sorted scan that treats 4, 4 as a break finds only 3.
write("secret/03-repeats-inside", [3, 4, 4, 5, 6, 4, 1], (4, 3))
# Ties: the smaller start wins, wherever it appears in the input.
write("secret/04-tie-later-smaller", [20, 21, 22, 5, 6, 7], (3, 5))
write("secret/05-tie-negative", [1, 2, -1, -2, 100], (2, -2))
# The longest stretch ends at the largest number: a sorted scan must close the last run.
write("secret/06-ends-at-max", [1, 5, 6, 7, 8], (4, 5))
write("secret/07-crosses-zero", [2, -1, 0, 1, -3], (4, -1))
write("secret/08-extremes", [BIG, BIG - 1, -BIG, -BIG + 1, -BIG + 2], (3, -BIG))
write("secret/09-small-random", [random.randint(-15, 15) for _ in range(25)])
write("secret/10-medium-random", [random.randint(-3000, 3000) for _ in range(4000)])
# Maximum size, one unbroken stretch shuffled: walking up from every stake is 5 * 10^9 lookups.
whole = list(range(-N // 2, N // 2))
random.shuffle(whole)
write("secret/11-large-all-consecutive", whole, (N, -N // 2))
# Maximum size, two stretches of equal length with repeats, the smaller start last in the input.
a = list(range(500000, 530000)) * 2
b = list(range(-70000, -40000)) + [-60000] * 100
random.shuffle(a)
random.shuffle(b)
write("secret/12-large-tie", (a + b)[: N - 1000] + [7 * i for i in range(1000)], (30000, -70000))
# Many short stretches: the longest is short.
write("secret/13-sparse", [random.randint(-BIG, BIG) for _ in range(5000)] + [random.randint(0, 60000) for _ in range(15000)])
