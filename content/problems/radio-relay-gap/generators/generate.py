"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys

random.seed(27)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIG = 10**9


def answer(a, b):
    """Smallest |a_i - b_j|: sort both and walk them like a merge, always moving the smaller value."""
    a, b = sorted(a), sorted(b)
    i = j = 0
    best = abs(a[0] - b[0])
    while i < len(a) and j < len(b):
        best = min(best, abs(a[i] - b[j]))
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return best


def brute(a, b):
    return min(abs(x - y) for x in a for y in b)


def write(path, cases, expected=None):
    got = [answer(a, b) for a, b in cases]
    if expected is not None:
        assert got == expected, (got, expected)
    for (a, b), v in zip(cases, got):
        if len(a) * len(b) <= 10**6:
            assert brute(a, b) == v
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(f"{len(cases)}\n")
        for a, b in cases:
            f.write(f"{len(a)} {len(b)}\n{' '.join(map(str, a))}\n{' '.join(map(str, b))}\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("".join(f"{v}\n" for v in got))


write("secret/00-one-each", [([5], [5])], [0])
write("sample/1", [([2900, 1200, 2100], [1700, 3400]), ([-40, 15], [100])], [400, 85])
write("sample/2", [([7, 7], [7]), ([BIG], [-BIG])], [0, 2 * BIG])
write(
    "secret/01-edges",
    [
        ([BIG], [-BIG]),  # the largest gap, 2 * 10^9: past 32 bits
        ([-BIG, BIG], [0]),
        ([1, 2, 3], [10]),  # all of one list below the other
        ([10], [1, 2, 3]),
        ([1, 5, 9], [4, 8, 12]),  # interleaved
        ([3, 1, 2], [2]),  # unsorted, equal values
        ([100, 1], [50, 2]),  # the best pair is not at the same index after sorting
    ],
)
cases = []
for _ in range(1000):
    n, m = random.randint(1, 8), random.randint(1, 8)
    cases.append(([random.randint(-50, 50) for _ in range(n)], [random.randint(-50, 50) for _ in range(m)]))
write("secret/02-small-random-many", cases)
cases = [([random.randint(-999, 999) for _ in range(10)], [random.randint(-999, 999) for _ in range(10)]) for _ in range(10**4)]
write("secret/03-max-cases", cases)
# Maximum size, two halves: checking every pair is 10^10 differences.
half = 10**5
write("secret/04-large-random", [([random.randint(-10**6, 10**6) for _ in range(half)], [random.randint(-10**6, 10**6) for _ in range(half)])])
# One relay against many, both ways round: the closest of the many decides.
write("secret/05-one-against-many", [([0], [random.choice([-1, 1]) * random.randint(5000, 10**6) for _ in range(30000)]), ([random.randint(10**6, 2 * 10**6) for _ in range(30000)], [-7])])
