"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].

Each test is a list of calls on one GearRack (the constructor first); each answer lists every call's
result (null for the constructor and for stow). Small hand-picked sequences catch each classic mistake
first; a few large ones stop solutions that scan the whole rack on every call.
"""
import json
import os
import random
import sys
from collections import OrderedDict

random.seed(14)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_TAG = 100000
MAX_WEIGHT = 10**9


def answer(calls):
    rack, out = OrderedDict(), []
    capacity = calls[0][1]
    for name, *args in calls:
        if name == "GearRack":
            out.append(None)
        elif name == "fetch":
            tag = args[0]
            if tag in rack:
                rack.move_to_end(tag)
                out.append(rack[tag])
            else:
                out.append(-1)
        else:
            tag, weight = args
            if tag in rack:
                rack.move_to_end(tag)
            rack[tag] = weight
            if len(rack) > capacity:
                rack.popitem(last=False)
            out.append(None)
    return out


def write(path, calls, expected=None):
    got = answer(calls)
    if expected is not None:
        assert got == expected, (path, got, expected)
    for suffix, value in ((".in", calls), (".ans", got)):
        with open(os.path.join(root, "data", path + suffix), "w") as f:
            f.write(json.dumps(value, separators=(",", ":")) + "\n")


def c(capacity, *ops):
    """Shorthand: ("f", tag) is fetch, ("s", tag, weight) is stow."""
    calls = [["GearRack", capacity]]
    for op in ops:
        calls.append(["fetch", op[1]] if op[0] == "f" else ["stow", op[1], op[2]])
    return calls


for sub in ("sample", "secret"):
    for f in os.listdir(os.path.join(root, "data", sub)):
        os.remove(os.path.join(root, "data", sub, f))

# Samples (the statement's examples).
write("sample/1", c(2, ("s", 1, 10), ("s", 2, 20), ("f", 1), ("s", 3, 30), ("f", 2), ("f", 3), ("f", 1)),
      [None, None, None, 10, None, -1, 30, 10])
write("sample/2", c(2, ("s", 5, 7), ("s", 5, 8), ("s", 6, 1), ("f", 5), ("f", 6)), [None, None, None, None, 8, 1])

# Hand-picked: each aims at one mistake.
# 01: fetch on an empty rack; capacity 1 replaces the only item; tag 0 and the largest tag.
write("secret/01-capacity-one", c(1, ("f", 0), ("s", 0, 0), ("f", 0), ("s", MAX_TAG, MAX_WEIGHT), ("f", 0), ("f", MAX_TAG)),
      [None, -1, None, 0, None, -1, MAX_WEIGHT])
# 02: fetch must refresh: 1 was fetched, so 2 is the oldest when 3 arrives.
write("secret/02-fetch-refreshes", c(2, ("s", 1, 1), ("s", 2, 2), ("f", 1), ("s", 3, 3), ("f", 1), ("f", 2), ("f", 3)))
# 03: stowing an existing tag refreshes it and changes its weight, and evicts nothing.
write("secret/03-restow-refreshes", c(2, ("s", 1, 1), ("s", 2, 2), ("s", 1, 9), ("s", 3, 3), ("f", 2), ("f", 1), ("f", 3)))
# 04: a full rack restowing a tag it holds must not evict anything.
write("secret/04-restow-when-full", c(3, ("s", 1, 1), ("s", 2, 2), ("s", 3, 3), ("s", 3, 4), ("s", 1, 5), ("f", 2), ("f", 3), ("f", 1)))
# 05: the rack holds exactly `capacity` items, not one fewer.
write("secret/05-exactly-full", c(3, ("s", 1, 1), ("s", 2, 2), ("s", 3, 3), ("f", 1), ("f", 2), ("f", 3), ("s", 4, 4), ("f", 1), ("f", 4)))
# 06: a failed fetch changes nothing; weight 0 is a weight, not "missing".
write("secret/06-miss-changes-nothing", c(2, ("s", 7, 0), ("f", 8), ("s", 9, 5), ("f", 7), ("s", 10, 1), ("f", 9), ("f", 7), ("f", 10)))

# Small random sequences on tiny racks: every order of hits, misses and evictions.
for i in range(1, 7):
    cap = random.randint(1, 4)
    ops = []
    for _ in range(60):
        tag = random.randint(0, 6)
        ops.append(("f", tag) if random.random() < 0.45 else ("s", tag, random.randint(0, 50)))
    write("secret/%02d-small-random" % (6 + i), c(cap, *ops))

# One call only.
write("secret/13-one-call", c(15000, ("f", 42)))

# Large: a full rack of 15 000 under churn. A rack kept as a list (remove/insert by scanning) or an
# eviction that searches for the oldest item does ~10^4 steps per call: ~2 * 10^8 in all.
def churn(cap, n, hot):
    ops = []
    for k in range(n):
        if k < cap:
            ops.append(("s", k, random.randint(0, 1000)))
        elif random.random() < 0.5:
            ops.append(("f", random.randint(0, hot)))
        else:
            ops.append(("s", random.randint(0, MAX_TAG), random.randint(0, 1000)))
    return ops

write("secret/14-large-churn", c(15000, *churn(15000, 30000, 30000)))
# Large: every call stows a new tag, so every call past the first 15 000 evicts (the eviction scan's worst case).
ops = [("s", k, k % 1000) for k in range(29999)] + [("f", 14999)]
write("secret/15-evict-every-call", c(15000, *ops))
