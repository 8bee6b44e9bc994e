"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(19)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def write(path, values, expected=None):
    got = values == values[::-1]
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([values], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def mirror(half, middle=None):
    return half + ([middle] if middle is not None else []) + half[::-1]


write("sample/1", [1200, 1850, 2400, 1850, 1200], True)
write("sample/2", [1200, 1850, 1850, 1300], False)
write("secret/01-empty", [], True)
write("secret/02-single", [-BIG], True)
write("secret/03-two-equal", [7, 7], True)
write("secret/04-two-different", [7, 8], False)
# Only the ends differ: a check that stops before the outermost pair misses it.
write("secret/05-ends-differ", [1, 2, 3, 2, 4], False)
# Only the pair next to the middle differs (even length).
write("secret/06-inner-pair-differs", [5, 6, 7, 8, 6, 5], False)
# The second half repeats the first instead of mirroring it.
write("secret/07-repeat-not-mirror", [1, 2, 3, 1, 2, 3], False)
write("secret/08-negative-mirror", [-3, 0, 3, 0, -3], True)
write("secret/09-sign-matters", [BIG, -BIG], False)
write("secret/10-small-random-mirror", mirror([random.randint(-9, 9) for _ in range(50)], 4))
# Maximum size, a true mirror: comparing by walking to position n - 1 - i every time is ~5 * 10^9 steps.
half = [random.randint(-999, 999) for _ in range(N // 2)]
write("secret/11-large-even-mirror", mirror(half), True)
# Odd length, one value off right next to the middle.
odd = mirror([random.randint(0, 99) for _ in range(N // 2 - 1)], 5)
odd[len(odd) // 2 + 1] += 1
write("secret/12-large-off-by-one-near-middle", odd, False)
