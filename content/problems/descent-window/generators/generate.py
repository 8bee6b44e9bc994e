"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys
from collections import deque

random.seed(1717)
root_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIG = 10**9


def answer(a, k):
    prefix = [0]
    for x in a:
        prefix.append(prefix[-1] + x)
    best, starts = len(a) + 1, deque([0])
    for j in range(1, len(a) + 1):
        while starts and prefix[j] - prefix[starts[0]] >= k:
            best = min(best, j - starts.popleft())
        while starts and prefix[starts[-1]] >= prefix[j]:
            starts.pop()
        starts.append(j)
    return best if best <= len(a) else -1


def write(path, a, k, expected=None):
    got = answer(a, k)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (len(a), k, " ".join(map(str, a))))
    with open(os.path.join(root_dir, "data", path + ".ans"), "w") as f:
        f.write("%d\n" % got)


write("sample/1", [2, -1, 2, 3, -4, 1], 5, 2)
write("sample/2", [4, -20, 3, 3], 7, -1)

write("secret/01-single-enough", [7], 7, 1)
write("secret/02-single-short", [6], 7, -1)
write("secret/03-single-negative", [-BIG], 1, -1)
# A climb between two descents: two pointers drop the start too early.
write("secret/04-negative-in-between", [5, -10, 3], 3, 1)
write("secret/05-dip-then-long", [1, -3, 2, 2], 4, 2)
write("secret/06-exactly-k", [3, 1, 1, 3], 4, 2)
write("secret/07-whole-walk", [1, 1, 1, 1, 1], 5, 5)
write("secret/08-best-at-end", [1, 1, -5, 1, 9], 10, 2)
write("secret/09-extremes", [BIG, -BIG, BIG, BIG], 2 * BIG, 2)
write("secret/10-k-one", [-1, -2, 0, 1], 1, 1)
for i in range(11, 16):
    n = random.randint(1, 40)
    a = [random.randint(-10, 10) for _ in range(n)]
    write("secret/%02d-random-small" % i, a, random.randint(1, 30))
N = 2 * 10**5
# Sums beyond 32 bits: 3000 descents of 10^9 need the whole walk (3 * 10^12); K at its largest.
write("secret/16-overflow-whole", [BIG] * 3000, 3 * 10**12, 3000)
write("secret/17-max-k-unreachable", [BIG] * 1000, 10**15, -1)
# No stretch is enough: trying every start is 2 * 10^10 steps.
a = [random.randint(-9999, 9999) for _ in range(N)]
write("secret/18-max-none", a, 10**12, -1)
# Random walk with a drift: the best stretch is long and in the middle.
a = [random.randint(-1000, 1001) for _ in range(N // 2)]
write("secret/19-large-drift", a, 60000)
# Large negatives between short runs: two pointers and missing back-pops fail; answer near the end.
a = []
while len(a) < 50000 - 10:
    a += [random.randint(1, 100) for _ in range(random.randint(1, 5))] + [-random.randint(BIG // 2, BIG)]
a += [400, 400, 400]
write("secret/20-large-spikes", a, 1200)
