"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys

random.seed(7)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fits(xs, k, d):
    count, last = 1, xs[0]
    for x in xs[1:]:
        if x - last >= d:
            count, last = count + 1, x
    return count >= k


def answer(sites, k):
    xs = sorted(sites)
    lo, hi = 1, xs[-1] - xs[0]  # two distinct sites are always at least 1 apart
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if fits(xs, k, mid) else (lo, mid - 1)
    return lo


def write(path, sites, k, expected=None):
    got = answer(sites, k)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (len(sites), k, " ".join(map(str, sites))))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("%d\n" % got)


write("sample/1", [1, 9, 4, 2, 8], 3, 3)
write("secret/01-two-sites", [0, 10**9], 2, 10**9)
write("secret/02-all-sites", [5, 1, 3, 7], 4, 2)
write("secret/03-two-huts", [6, 2, 40, 17, 33], 2, 38)
write("secret/04-adjacent", [0, 1, 2, 3, 4, 5], 3, 2)
# Unsorted input where the order given matters: a greedy over the unsorted list answers wrong.
write("secret/05-unsorted", [50, 0, 100, 49, 51, 99], 3, 50)
write("secret/06-small-random", random.sample(range(1000), 60), 7)
write("secret/07-large-k", random.sample(range(10**9 + 1), 100000), 50000)
# Few huts over a long trail: the answer is about 2.5 * 10^7, so trying every d in turn is far too slow.
write("secret/08-large-spread", random.sample(range(10**9 + 1), 80000), 40)
# k = n = 10^5: every site gets a hut, the answer is the smallest gap between neighbours.
write("secret/09-max-every-site", random.sample(range(10**9 + 1), 100000), 100000)
# No site at 0 and a gap that only fits when the first hut stands at the first site.
write("secret/10-first-site-far", [1000, 1003, 1006, 1009], 4, 3)
