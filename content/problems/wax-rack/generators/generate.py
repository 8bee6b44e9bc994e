"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(26)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000


def answer(bars):
    """At most two bars of each rating, in order."""
    shown = []
    for b in bars:
        if len(shown) < 2 or shown[-2] != b:
            shown.append(b)
    return shown


def write(path, bars, expected=None):
    got = answer(bars)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([bars], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", [-12, -12, -12, -8, -4, -4, -4, -4, 0], [-12, -12, -8, -4, -4, 0])
write("sample/2", [-3, -2, -1], [-3, -2, -1])
write("secret/01-empty", [], [])
write("secret/02-single", [-50], [-50])
write("secret/03-two-equal", [10, 10], [10, 10])
write("secret/04-three-equal", [10, 10, 10], [10, 10])
# Runs of three then two: comparing with the input two places back, after it has been overwritten
# in place, keeps a third copy.
write("secret/05-overwritten-input", [1, 1, 1, 2, 2, 3], [1, 1, 2, 2, 3])
write("secret/06-runs-of-three", [-5, -5, -5, -4, -4, -4, -3, -3, -3], [-5, -5, -4, -4, -3, -3])
write("secret/07-pairs-only", [-1, -1, 0, 0, 5, 5], [-1, -1, 0, 0, 5, 5])
write("secret/08-long-run-at-the-end", [-7] + [4] * 20, [-7, 4, 4])
write("secret/09-small-random", sorted(random.randint(-10, 10) for _ in range(300)))
# Maximum size, every rating many times: deleting extra bars from a list one by one is ~5 * 10^9
# element moves.
write("secret/10-large-many-copies", sorted(random.randint(-50, 10) for _ in range(N)))
# Maximum size, all one rating.
write("secret/11-large-one-rating", [-20] * N, [-20, -20])
