"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys

random.seed(10)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = 10**12


def answer(a, b):
    """Walk both sorted shift lists like a merge; the shift that ends first can meet nothing later."""
    i = j = total = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            total += end - start
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def brute(a, b):
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)


def shifts(count, lo, hi, touching=0.2):
    """`count` shifts in order inside [lo, hi]; some shifts end exactly where the next begins."""
    points = sorted(random.sample(range(lo, hi + 1), 2 * count))
    result = [[points[2 * i], points[2 * i + 1]] for i in range(count)]
    for i in range(count - 1):
        if random.random() < touching:
            result[i][1] = result[i + 1][0]
    return result


def write(path, cases, expected=None):
    got = [answer(a, b) for a, b in cases]
    if expected is not None:
        assert got == expected, (got, expected)
    for (a, b), value in zip(cases, got):
        if len(a) * len(b) <= 10**6:
            assert brute(a, b) == value
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(f"{len(cases)}\n")
        for a, b in cases:
            f.write(f"{len(a)} {len(b)}\n")
            f.write(" ".join(f"{s} {e}" for s, e in a) + "\n")
            f.write(" ".join(f"{s} {e}" for s, e in b) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("".join(f"{v}\n" for v in got))


write("secret/00-one-shift-each", [([[0, 1]], [[0, 1]])], [1])
write(
    "sample/1",
    [([[1, 5], [8, 12]], [[0, 2], [4, 9], [11, 20]]), ([[0, 3]], [[3, 6]])],
    [1 + 1 + 1 + 1, 0],
)
write("sample/2", [([[0, 10]], [[1, 2], [3, 4], [5, 6]]), ([[2, 7], [7, 9]], [[2, 9]])], [3, 7])
write(
    "secret/01-edges",
    [
        ([[0, 1]], [[0, 1]]),  # the same single shift
        ([[0, 1]], [[1, 2]]),  # touching: no common time
        ([[5, 6]], [[0, 1]]),  # apart
        ([[0, 4], [6, 9]], [[0, 4], [6, 9]]),  # identical lists
        ([[0, 100]], [[10, 20], [30, 40], [50, 60], [99, 100]]),  # one long shift covers many
        ([[10, 20], [30, 40], [50, 60]], [[0, 100]]),  # the other way round
        ([[0, 2], [2, 4], [4, 6]], [[1, 5]]),  # back-to-back shifts
        ([[0, 3], [5, 8]], [[3, 5]]),  # fits exactly in the gap
        ([[0, TOP]], [[0, TOP]]),  # the whole day, 10^12
    ],
)
# One shift of A overlaps several of B, and B's last one overlaps the next of A: moving the pointer of
# the shift that ends later, or both pointers, loses overlaps.
write("secret/02-pointer-choice", [([[0, 10], [12, 20]], [[1, 2], [3, 4], [9, 13], [15, 16]])], [1 + 1 + 1 + 1 + 1])
cases = []
for _ in range(500):
    n, m = random.randint(1, 6), random.randint(1, 6)
    cases.append((shifts(n, 0, 30, 0.3), shifts(m, 0, 30, 0.3)))
write("secret/03-small-random-many", cases)
# The most cases: 10^4 cases of 5 + 5 shifts (the sum of n + m is 10^5).
cases = [(shifts(5, 0, 1000), shifts(5, 0, 1000)) for _ in range(10**4)]
write("secret/04-max-cases", cases)
# Large times: the total passes 2^31 (and one shift alone is 10^12 long).
write("secret/05-large-times", [(shifts(1000, 0, TOP), shifts(1000, 0, TOP)), ([[0, TOP]], shifts(5000, 0, TOP))])
# Maximum size, many shifts each: checking every pair of shifts is 2.5 * 10^9 pairs.
half = 5 * 10**4
write("secret/06-large-random", [(shifts(half, 0, 10**6, 0.1), shifts(half, 0, 10**6, 0.1))])
# One shift against many, both ways round: the answer is spread over the middle of the day.
write(
    "secret/07-large-one-against-many",
    [([[250000, 750000]], shifts(10**4, 0, 10**6)), (shifts(10**4, 0, 10**6), [[100000, 999000]])],
)
