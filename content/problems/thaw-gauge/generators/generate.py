"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import bisect
import json
import os
import random
import sys

random.seed(1515)
root_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIG = 10**9


def answer(readings):
    seen, out = [], []
    for r in readings:
        bisect.insort(seen, r)
        out.append(seen[(len(seen) - 1) // 2])
    return out


def write(path, readings, expected=None):
    got = answer(readings)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(json.dumps([readings], separators=(",", ":")) + "\n")
    with open(os.path.join(root_dir, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", [5, 15, 1, 3, 8], [5, 5, 5, 3, 5])
write("sample/2", [-2, -2, 10, -7], [-2, -2, -2, -2])

write("secret/01-empty", [], [])
write("secret/02-single", [-BIG], [-BIG])
write("secret/03-two", [BIG, -BIG], [BIG, -BIG])
# Multi-digit and negative values: a string sort puts "10" before "9" and "-1" before "-2".
write("secret/04-string-order-trap", [9, 10, -1, -2, 100, 2], [9, 9, 9, -1, 9, 2])
write("secret/05-all-equal", [4] * 9, [4] * 9)
write("secret/06-rising", list(range(1, 12)))
write("secret/07-falling", list(range(11, 0, -1)))
# Even counts: the lower of the two middle values, never their average.
write("secret/08-even-counts", [1, 4, 2, 7, 100, -50], [1, 1, 2, 2, 4, 2])
write("secret/09-alternating-extremes", [BIG, -BIG] * 10)
for i in range(10, 14):
    write("secret/%02d-random-small" % i, [random.randint(-20, 20) for _ in range(random.randint(1, 80))])
N = 10**5
# 10^5 readings: sorting the readings so far after every one is ~10^5 sorts of up to 10^5 values.
write("secret/14-max-random", [random.randint(-9999, 9999) for _ in range(N)])
# Long rising then falling runs: the median drifts and the heaps trade values all the time.
wave = []
for block in range(20):
    run = list(range(0, 2500)) if block % 2 == 0 else list(range(2500, 0, -1))
    wave += [v + block * 37 for v in run]
write("secret/15-large-waves", wave)
