"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].
Each .in is `n p` and a profile line read only by the interactor (see its docstring): an explicit
`list` of altitudes, or `blocks SEED K LO HI BASE`, a ridge whose step sizes vary at random. No
two hidden ridges follow one formula, and the sample's shape is none of theirs, so a solution cannot
work the summit out of one or two altitudes. Each .ans is the summit p."""
import os
import random
import sys

random.seed(8)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT = 2**31


def write(path, n, summit, profile):
    assert 1 <= summit <= n <= 10**6
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (n, summit, profile))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("%d\n" % summit)


def listed(path, altitudes):
    summit = altitudes.index(max(altitudes)) + 1
    write(path, len(altitudes), summit, "list " + " ".join(map(str, altitudes)))


def blocks(path, n, summit, block, lo, hi, base=None):
    """A ridge in blocks of `block` poles whose steps are random in lo..hi, as high as allowed when
    base is None (the top close to 2^31)."""
    ceiling = LIMIT - 1 - (n - 1) * hi - max(1, lo // 2)
    assert ceiling >= 0, "steps too large for n"
    base = random.randint(0, ceiling) if base is None else base
    write(path, n, summit, "blocks %d %d %d %d %d" % (random.getrandbits(32), block, lo, hi, base))


# The sample: an uneven little ridge, written out.
listed("sample/1", [1830, 2114, 2265, 2002, 1641])
listed("secret/01-one-pole", [7])
listed("secret/02-two-poles-first", [9, 4])
listed("secret/03-two-poles-last", [0, LIMIT - 1])
# The altitude limits themselves: 0 at both ends, 2^31 - 1 at the top.
listed("secret/04-extreme-altitudes", [0, 1, 2, LIMIT - 1, 7, 0])
n = 10**6
# Summits at the ends, next to them, and in the middle, each on a ridge of its own shape.
blocks("secret/05-summit-at-start", n, 1, 1000, 1, 2000)
blocks("secret/06-summit-at-end", n, n, 1, 1, 2000)
blocks("secret/07-summit-second", n, 2, 50000, 1000, 2000)
blocks("secret/08-summit-second-last", n, n - 1, 7, 2, 3)
blocks("secret/09-middle-steps-of-one", n, 500000, n, 1, 1, base=0)
blocks("secret/10-middle-steep", n, 500001, 1, 2000, 2147)
# Random summits, random block sizes and step ranges; n itself random for half of them.
for case in range(11, 19):
    size = n if case % 2 else random.randint(10**5, n)
    lo = random.choice([1, 2, 10, 500])
    hi = random.randint(lo, (LIMIT - 1) // size)
    blocks("secret/%02d-random" % case, size, random.randint(1, size), random.randint(1, 5000), lo, hi)
