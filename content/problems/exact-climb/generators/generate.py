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


def stretches(legs, s):
    """How many stretches add up to s, and the shortest one's length."""
    seen, prefix, count, shortest = {0: [0]}, 0, 0, None
    for r, d in enumerate(legs, 1):
        prefix += d
        for start in seen.get(prefix - s, ()):
            count += 1
            shortest = r - start if shortest is None else min(shortest, r - start)
        seen.setdefault(prefix, []).append(r)
    return count, shortest


def only_stretch(n, l, r):
    """n legs whose only stretch adding up to s is l..r: the legs l and r are odd, every other leg is
    even (so a right stretch holds both odd legs), and the sums outside l..r never cancel out."""
    while True:
        legs = [2 * random.randint(-3000, 5000) for _ in range(n)]
        legs[l - 1], legs[r - 1] = 9999, -9999 + 2 * random.randint(0, 9999)
        target = sum(legs[l - 1 : r])
        if abs(target) <= 10**9 and stretches(legs, target) == (1, r - l + 1):
            return legs, target


# The only answer is the whole hike: searching stretches of a bounded length (64, 1000) never finds it.
legs, target = only_stretch(100000, 1, 100000)
write("secret/11-large-whole-hike-only", legs, target, "1 100000")
# The only answer is 70 000 legs long, in the middle of the hike.
legs, target = only_stretch(100000, 15001, 85000)
write("secret/12-large-long-middle-only", legs, target, "15001 85000")
# The extremes: every leg -10^4 and s = -10^9, reached only by the whole hike; then s = 10^9, which
# no stretch reaches.
write("secret/13-max-all-down", [-(10**4)] * 100000, -(10**9), "1 100000")
write("secret/14-max-target-none", [random.randint(-10**4, 10**4) for _ in range(100000)], 10**9, "NONE")
