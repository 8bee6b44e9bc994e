"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys

random.seed(17)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 200000
BIG = 10**9


def at_most(sorted_weights, limit):
    """Pairs i < j with w_i + w_j <= limit, by two pointers from both ends of the sorted weights."""
    i, j, pairs = 0, len(sorted_weights) - 1, 0
    while i < j:
        if sorted_weights[i] + sorted_weights[j] <= limit:
            pairs += j - i
            i += 1
        else:
            j -= 1
    return pairs


def answer(weights, lo, hi):
    w = sorted(weights)
    return at_most(w, hi) - at_most(w, lo - 1)


def brute(weights, lo, hi):
    n = len(weights)
    return sum(1 for i in range(n) for j in range(i + 1, n) if lo <= weights[i] + weights[j] <= hi)


def write(path, cases, expected=None):
    got = [answer(*case) for case in cases]
    if expected is not None:
        assert got == expected, (got, expected)
    for case, value in zip(cases, got):
        if len(case[0]) <= 300:
            assert brute(*case) == value
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(f"{len(cases)}\n")
        for weights, lo, hi in cases:
            f.write(f"{len(weights)} {lo} {hi}\n{' '.join(map(str, weights))}\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("".join(f"{v}\n" for v in got))


write("secret/00-one-climber", [([1], 1, 1)], [0])
write("sample/1", [([60, 80, 70, 90], 140, 150), ([50, 50, 50], 100, 100)], [3, 3])
write("sample/2", [([10, 200], 1, 100), ([75], 1, 2000000000)], [0, 0])
write(
    "secret/01-edges",
    [
        ([1], 1, 1),
        ([1, 1], 2, 2),  # the sum equals both bounds
        ([1, 1], 3, 5),  # below the range
        ([BIG, BIG], 1, 2 * BIG),  # the largest sum, the largest range
        ([BIG, BIG], 2 * BIG, 2 * BIG),
        ([5, 5, 5, 5], 10, 10),  # equal weights: every pair, C(4, 2) = 6
        ([1, 2, 3, 4, 5], 5, 5),  # exactly lo: (1, 4), (2, 3)
        ([1, 2, 3, 4, 5], 7, 7),  # exactly hi
        ([3, 9, 1, 7], 8, 10),  # unsorted input
    ],
    [0, 1, 0, 1, 1, 6, 2, 2, 3],
)
cases = []
for _ in range(1500):
    n = random.randint(1, 10)
    weights = [random.randint(1, 20) for _ in range(n)]
    lo = random.randint(1, 40)
    cases.append((weights, lo, random.randint(lo, 45)))
write("secret/02-small-random-many", cases)
cases = []
for _ in range(10**4):
    weights = [random.randint(1, 1000) for _ in range(20)]
    lo = random.randint(1, 2000)
    cases.append((weights, lo, lo + random.randint(0, 500)))
write("secret/03-max-cases", cases)
# Maximum size, every pair in range: C(2 * 10^5, 2) ~ 2 * 10^10 pairs, past 32 bits.
write("secret/04-large-every-pair", [([random.randint(1, 1000) for _ in range(N)], 2, 2000)])
# Maximum size, a narrow range around the median sum: checking every pair is 2 * 10^10 checks.
weights = [random.randint(1, 10**6) for _ in range(N)]
write("secret/05-large-narrow-range", [(weights, 10**6 - 1000, 10**6 + 1000)])
