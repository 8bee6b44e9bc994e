"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].

Each .in is `n k` and a heap line read by the interactor (see its docstring): an explicit `list`, or
`grow SEED BASE SMAX SPINE CHEAP`, a heap grown from hashed steps. Shapes differ from test to test
(uniform steps, all equal, a cheap spine deep into the heap, few distinct values), and the sample is
an explicit heap of none of their shapes. Each .ans is the k-th smallest value, found with the
interactor's own functions."""
import os
import random
import sys

random.seed(1212)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True  # keep the package free of __pycache__
sys.path.insert(0, os.path.join(root, "output_validators", "interactor"))
from interactor import heap_values, kth_smallest  # noqa: E402  (one definition of the heap)

MAXV = 10**11


def write(path, n, k, heap_line, expected=None):
    value = heap_values(n, heap_line.split())
    got = kth_smallest(n, k, value)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (n, k, heap_line))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("%d\n" % got)


def listed(path, k, values, expected=None):
    n = len(values)
    assert all(values[(i + 1) // 2 - 1] <= values[i] for i in range(1, n)), path
    write(path, n, k, "list " + " ".join(map(str, values)), expected)


def grown(path, n, k, base, smax, spine=0, cheap=0, expected=None):
    assert base + n.bit_length() * max(smax, cheap) <= MAXV
    write(path, n, k, "grow %d %d %d %d %d" % (random.getrandbits(48), base, smax, spine, cheap), expected)


listed("sample/1", 4, [3, 8, 5, 9, 12, 5, 6], 6)

listed("secret/01-one-value", 1, [42], 42)
listed("secret/02-two-values-second", 2, [1, 2], 2)
listed("secret/03-extremes", 3, [0, MAXV, 0], MAXV)
listed("secret/04-all-equal-small", 5, [7] * 6, 7)
# k = n: the largest value, at a leaf; every child index must be checked against n.
grown("secret/05-k-is-n", 1000, 1000, 5, 1000)
grown("secret/06-k-is-n-odd", 999, 999, 0, 3)
# The smallest values run down one deep path: reading the first 2k positions misses them.
grown("secret/07-deep-spine", 10**9, 25, 1000, 10**9, spine=random.randint(2**29, 10**9), cheap=0)
grown("secret/08-deep-spine-k40", 10**9, 40, 10**6, 10**8, spine=10**9 - 12345, cheap=3)
# Many equal values: the k-th smallest counts repeats.
grown("secret/09-all-equal-huge", 10**9, 2000, 77, 0)
grown("secret/10-few-distinct", 10**9, 1500, 0, 1)
for i in range(11, 15):
    n = random.randint(2, 10**9)
    k = random.randint(1, min(n, 500))
    grown("secret/%02d-random" % i, n, k, random.randint(0, 10**9), random.randint(1, 10**9))
# The largest k allowed, on heaps of every size.
grown("secret/15-max-k", 10**9, 2000, 10**9, 10**9)
grown("secret/16-max-k-small-heap", 2000, 2000, 0, 10**6)
grown("secret/17-max-k-spine", 10**9, 2000, 1, 10**9, spine=10**9, cheap=10**5)
