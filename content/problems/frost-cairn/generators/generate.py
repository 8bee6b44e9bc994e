"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].

Each test is a list of calls on one FrostCairn (the constructor first); each answer lists every call's
result (null for the constructor and for place). Hand-picked sequences first, each aimed at one
mistake; then small random ones; then two large ones that stop a coldest() that scans the cairn.
"""
import json
import os
import random
import sys

random.seed(15)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIG = 10**9


def answer(calls):
    stack, out = [], []
    for name, *args in calls:
        if name in ("FrostCairn", "place"):
            if name == "place":
                stack.append(args[0])
            out.append(None)
        elif name == "lift":
            out.append(stack.pop())
        elif name == "peek":
            out.append(stack[-1])
        else:
            out.append(min(stack))
    return out


def write(path, calls, expected=None):
    got = answer(calls)
    if expected is not None:
        assert got == expected, (path, got, expected)
    for suffix, value in ((".in", calls), (".ans", got)):
        with open(os.path.join(root, "data", path + suffix), "w") as f:
            f.write(json.dumps(value, separators=(",", ":")) + "\n")


def c(*ops):
    """Shorthand: an int places that reading; "l", "p", "c" lift, peek, ask for the coldest."""
    names = {"l": "lift", "p": "peek", "c": "coldest"}
    return [["FrostCairn"]] + [["place", op] if isinstance(op, int) else [names[op]] for op in ops]


for sub in ("sample", "secret"):
    for f in os.listdir(os.path.join(root, "data", sub)):
        os.remove(os.path.join(root, "data", sub, f))

write("sample/1", c(-3, 5, -7, "c", "l", "c", "p"), [None, None, None, None, -7, -7, -3, 5])
write("sample/2", c(4, 2, 2, "c", "l", "c", "l", "c"), [None, None, None, None, 2, 2, 2, 2, 4])

# Duplicates of the coldest: lifting one copy must keep the other (a "strictly colder" min stack loses it).
write("secret/01-duplicate-coldest", c(1, 0, 0, 0, "l", "c", "l", "c", "l", "c"))
# Every reading above zero: a coldest that starts from 0 answers 0.
write("secret/02-all-warm", c(7, BIG, 3, "c", "l", "c", "p"))
# The coldest is lifted: coldest must return to the one before it.
write("secret/03-lift-the-coldest", c(5, -BIG, "c", "l", "c", -2, "c", "l", "c"))
# One reading, placed and lifted, then the cairn is rebuilt.
write("secret/04-empty-again", c(9, "c", "l", 8, "p", "c"))
# Falling then rising readings; peek and lift return the top, not the coldest.
write("secret/05-falling-then-rising", c(3, 2, 1, 4, 5, "p", "c", "l", "l", "p", "c", "l", "c"))
# A single call.
write("secret/06-one-call", c(0))

for i in range(7, 13):
    ops, height = [], 0
    for _ in range(80):
        r = random.random()
        if height == 0 or r < 0.45:
            ops.append(random.randint(-3, 3))
            height += 1
        elif r < 0.7:
            ops.append("l")
            height -= 1
        else:
            ops.append(random.choice("pc"))
    write("secret/%02d-small-random" % i, c(*ops))

# Large: 25 000 readings, then 25 000 coldest/peek calls on the full cairn: a coldest() that scans
# the stack does 25 000 steps each, ~6 * 10^8 in all. Small readings keep the file small; the
# extremes are reached by the next test.
readings = [random.randint(-999, 999) for _ in range(25000)]
write("secret/13-tall-cairn", c(*readings, *["c" if k % 4 else "p" for k in range(25000)]))
# Large: a saw of places and lifts around a tall base with many equal coldest readings, at the extremes.
ops = [random.choice([-BIG, -BIG, BIG, 0]) for _ in range(5000)]
for k in range(6000):
    ops += [random.choice([-BIG, 5]), "c", "l"][: 3 if k % 2 else 2]
write("secret/14-saw", c(*ops))
