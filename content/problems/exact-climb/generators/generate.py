"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].
The .ans file holds one right stretch (or NONE); the output validator accepts any right stretch."""
import os
import random
import sys

random.seed(6)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(legs, s):
    first = {0: 0}
    prefix = 0
    for r, d in enumerate(legs, 1):
        prefix += d
        if prefix - s in first:
            return "%d %d" % (first[prefix - s] + 1, r)
        first.setdefault(prefix, r)
    return "NONE"


def write(path, legs, s, expected=None):
    got = answer(legs, s)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (len(legs), s, " ".join(map(str, legs))))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(got + "\n")


write("sample/1", [3, -2, 4, -1, 2, 6], 5, "1 3")
write("secret/01-single-yes", [7], 7, "1 1")
write("secret/02-single-no", [7], -7, "NONE")
write("secret/03-zero-sum", [4, -1, -3, 2], 0, "1 3")
# Needs a negative leg inside the stretch: a shrinking window skips it.
write("secret/04-dip-inside", [5, -10, 8, 7], 5, "1 1")
write("secret/05-needs-dip", [2, 9, -6, 1], 4, "2 4")
write("secret/06-negative-target", [1, -4, -3, 2, -1], -7, "2 3")
write("secret/07-whole-hike", [10**4] * 50, 50 * 10**4, "1 50")
write("secret/08-small-random", [random.randint(-20, 20) for _ in range(500)], 37)
# Every leg is even except the last, and s is odd: every right stretch ends with the last leg.
legs = [2 * random.randint(-5000, 5000) for _ in range(99999)] + [9999]
write("secret/09-large-found-late", legs, sum(legs[-3:]))
# Every leg is even and s is odd: no stretch exists, and checking all pairs costs ~5 * 10^9 steps.
write("secret/10-large-none", [2 * random.randint(-5000, 5000) for _ in range(100000)], 12345, "NONE")
