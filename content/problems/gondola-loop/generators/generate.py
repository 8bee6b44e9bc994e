"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys

random.seed(5)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 200000
BIG = 10**9


def kadane(values, better):
    best = cur = values[0]
    for v in values[1:]:
        cur = better(v, cur + v)
        best = better(best, cur)
    return best


def answer(gains):
    """The best arc: the best straight stretch, or the total minus the worst non-empty middle."""
    straight = kadane(gains, max)
    if straight < 0:
        return straight
    return max(straight, sum(gains) - kadane(gains, min))


def brute(gains):
    n = len(gains)
    return max(sum(gains[(s + i) % n] for i in range(length)) for s in range(n) for length in range(1, n + 1))


def write(path, gains, expected=None):
    got = answer(gains)
    if len(gains) <= 60:
        assert got == brute(gains), gains
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(gains), " ".join(map(str, gains))))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("%d\n" % got)


write("sample/1", [4, -9, 2, 1, -7, 6], 10)
write("sample/2", [-3, -1, -2], -1)
write("sample/3", [2, 3, 1], 6)
write("secret/01-single-positive", [7], 7)
write("secret/02-single-negative", [-BIG], -BIG)
# Every cabin loses: total - min would give the empty arc (0); a best seeded with 0 gives 0 too.
write("secret/03-all-negative", [-5, -2, -8, -2, -9], -2)
# Every cabin earns: the whole loop, once; Kadane over the doubled loop would book cabins twice.
write("secret/04-all-positive", [3, 1, 4, 1, 5], 14)
write("secret/05-wrap", [10, -1, -30, -1, 10], 20)
write("secret/06-middle", [-10, 4, 5, -1, 3, -20], 11)
write("secret/07-zeros", [0, 0, 0], 0)
write("secret/08-zero-and-negatives", [-3, 0, -4], 0)
# Five cabins of 10^9: the whole loop earns 5 * 10^9, beyond 32 bits.
write("secret/09-overflow", [BIG] * 5, 5 * BIG)
write("secret/10-overflow-negative", [-BIG, BIG, BIG, BIG, -BIG, BIG, BIG], 4 * BIG)  # wraps: 6, 7, 1, 2, 3, 4
for t in range(4):
    n = random.randint(2, 40)
    write("secret/%02d-small-random" % (11 + t), [random.randint(-9, 9) for _ in range(n)])
write("secret/15-medium-extremes", [random.choice([-BIG, BIG, random.randint(-BIG, BIG)]) for _ in range(5000)])
# Maximum size, the best arc wraps around the seam and is most of the loop.
wrapping = [random.randint(-99, 99) for _ in range(N)]
for i in range(N // 3):
    wrapping[i] = random.randint(0, 99)
    wrapping[N - 1 - i] = random.randint(0, 99)
write("secret/16-large-wrap", wrapping)
# Maximum size, all negative: the answer is one cabin; O(n^2) over starts and lengths is 4 * 10^10.
write("secret/17-large-all-negative", [random.randint(-99, -1) for _ in range(N)])
# Random: the best arc is somewhere in the middle.
write("secret/18-random", [random.randint(-99, 99) for _ in range(50000)])
