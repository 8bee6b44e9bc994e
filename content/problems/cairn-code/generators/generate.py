"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import re
import sys

random.seed(31)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAXLEN = 100000
BIG = 10**9


def answer(code, k):
    done = 0
    for count, letter in re.findall(r"([0-9]+)([nesw])", code):
        if k <= done + int(count):
            return letter
        done += int(count)
    return ""


def total(code):
    return sum(int(c) for c in re.findall(r"[0-9]+", code))


def write(path, code, k, expected=None):
    got = answer(code, k)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([code, k]) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def route(max_len, low, high):
    """Random runs whose code stays within max_len characters; neighbours may repeat a direction."""
    parts, length = [], 0
    while True:
        run = "%d%s" % (random.randint(low, high), random.choice("nesw"))
        if length + len(run) > max_len:
            return "".join(parts)
        parts.append(run)
        length += len(run)


write("sample/1", "3n12e1s", 4, "e")
write("sample/2", "3n12e1s", 16, "s")
write("sample/3", "3n12e1s", 17, "")
write("sample/4", "1000000000w", 999999999, "w")
write("secret/01-shortest", "1n", 1, "n")
write("secret/02-shortest-past-end", "1e", 2, "")
# The last step of a run: comparing with < hands it to the next run.
write("secret/03-run-end", "2n3e4s", 5, "e")
write("secret/04-run-start", "2n3e4s", 6, "s")
# Multi-digit counts: reading one digit of "12" sees a run of 1, then a run of 2.
write("secret/05-two-digits", "12w1n", 12, "w")
write("secret/06-first-step", "10s5n", 1, "s")
write("secret/07-same-direction-runs", "2n3n1e", 5, "n")
# A route of 10^9 steps: expanding it needs a gigabyte, walking it a billion steps.
write("secret/08-one-billion", "1000000000e", 10**9, "e")
write("secret/09-billion-past-end", "1000000000e", 10**9 + 1, "")
write("secret/10-huge-k", "7n", 10**15, "")
# The longest code, the biggest total (about 5 * 10^13 steps): step k in the middle of it.
big = route(MAXLEN, BIG - 10**6, BIG)
write("secret/11-long-big-middle", big, total(big) // 2)
# The longest code with small counts: the very last step, and one past it.
small = route(MAXLEN, 1, 99)
write("secret/12-long-small-last", small, total(small))
write("secret/13-long-small-past-end", small, total(small) + 1, "")
# Step k near the start of a long code of huge runs: the first run.
write("secret/14-long-first-run", big, 5)
# A random route and a random step in it.
mid = route(5000, 1, BIG)
write("secret/15-random-k", mid, random.randint(1, total(mid)))
