"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(16)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(lockers):
    """Skis in their order, then the empty lockers: a stable partition."""
    skis = [x for x in lockers if x != 0]
    return skis + [0] * (len(lockers) - len(skis))


def write(path, lockers, expected=None):
    got = answer(lockers)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([lockers], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", [0, 7, 0, 3, 12], [7, 3, 12, 0, 0])
write("sample/2", [4, 0, 0, 9, 0, 4], [4, 9, 4, 0, 0, 0])
write("secret/01-empty-row", [], [])
write("secret/02-one-empty", [0], [0])
write("secret/03-one-ski", [BIG], [BIG])
write("secret/04-all-empty", [0] * 6, [0] * 6)
write("secret/05-no-empty", [5, 1, 4], [5, 1, 4])
# Swapping an empty locker at the front with a ski at the back changes the skis' order.
write("secret/06-order-matters", [0, 1, 2, 3, 0], [1, 2, 3, 0, 0])
write("secret/07-empties-already-last", [8, 6, 0, 0], [8, 6, 0, 0])
write("secret/08-alternating", [0, 2, 0, 1, 0, 2, 0, 1], [2, 1, 2, 1, 0, 0, 0, 0])
write("secret/09-small-random", [random.choice([0, 0, random.randint(1, 50)]) for _ in range(300)])
# Maximum size, half empty at the front: bubbling each empty locker to the end is ~2.5 * 10^9 swaps.
write("secret/10-large-empties-first", [0] * (N // 2) + [random.randint(1, 1000) for _ in range(N // 2)])
# Maximum size, random ids.
write("secret/11-large-random", [random.choice([0, random.randint(1, 10**6)]) for _ in range(N)])
