"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys

random.seed(109)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = 10**17
T = 2000


def upto(n):
    """Lamp-days over days 0..n (0 for n = -1)."""
    total, i = 0, 0
    while (1 << i) <= n:
        full, rest = (n + 1) >> (i + 1), (n + 1) & ((1 << (i + 1)) - 1)
        total += (full << i) + max(0, rest - (1 << i))
        i += 1
    return total


def answer(l, r):
    return upto(r) - upto(l - 1)


def write(path, questions, expected=None):
    got = [answer(l, r) for l, r in questions]
    for l, r in questions[:50]:
        if r - l <= 2000:
            assert answer(l, r) == sum(bin(x).count("1") for x in range(l, r + 1))
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(questions), "\n".join("%d %d" % q for q in questions)))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("\n".join(map(str, got)) + "\n")


def rand_q(high):
    l, r = random.randint(0, high), random.randint(0, high)
    return (min(l, r), max(l, r))


write("sample/1", [(5, 7), (0, 0), (1, 8)], [7, 0, 13])
write("secret/01-day-zero", [(0, 0)], [0])
# Single days: f(R) - f(L) drops day L and answers 0.
write("secret/02-single-days", [(1, 1), (7, 7), (8, 8), (1023, 1023), (TOP, TOP)])
# From day 0, and ranges that cross powers of two.
write("secret/03-from-zero", [(0, 1), (0, 7), (0, 8), (0, 1000), (3, 4), (255, 256)])
write("secret/04-small-exhaustive", [(l, r) for l in range(0, 12) for r in range(l, 12)])
# Bits 31 and above: 1 << 31 in 32-bit int arithmetic breaks here.
write("secret/05-bit-31", [(2**31 - 1, 2**31 + 5), (2**32, 2**32 + 10), (0, 2**40)])
# Day numbers past 2^53: a JavaScript number is no longer exact.
write("secret/06-past-2-53", [(2**53 + 1, 2**53 + 3), (2**55 - 7, 2**55 + 9)])
write("secret/07-whole-range", [(0, TOP)])
write("secret/08-small-random", [rand_q(5000) for _ in range(50)])
# The most questions, all over the full range: answers up to ~2.9 * 10^18.
write("secret/09-large-many", [rand_q(TOP) for _ in range(T - 2)] + [(0, TOP), (TOP - 1, TOP)])
