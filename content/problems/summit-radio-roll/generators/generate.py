"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].

Each test is a list of calls on one RadioRoll (the constructor first); each answer lists every call's
result (null for the constructor and for enlist). Hand-picked sequences first, each aimed at one
mistake; small random ones over a tiny alphabet; then large ones that stop a roll scanned per query.
"""
import json
import os
import random
import sys

random.seed(16)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(calls):
    roll, out = set(), []
    for name, *args in calls:
        if name == "enlist":
            roll.add(args[0])
            out.append(None)
        elif name == "onRoll":
            out.append(args[0] in roll)
        elif name == "countStarting":
            out.append(sum(1 for c in roll if c.startswith(args[0])))
        else:
            out.append(None)
    return out


def write(path, calls, expected=None):
    got = answer(calls)
    if expected is not None:
        assert got == expected, (path, got, expected)
    for suffix, value in ((".in", calls), (".ans", got)):
        with open(os.path.join(root, "data", path + suffix), "w") as f:
            f.write(json.dumps(value, separators=(",", ":")) + "\n")


def c(*ops):
    """Shorthand: "+x" enlists x, "?x" asks onRoll(x), "*x" asks countStarting(x)."""
    names = {"+": "enlist", "?": "onRoll", "*": "countStarting"}
    return [["RadioRoll"]] + [[names[op[0]], op[1:]] for op in ops]


for sub in ("sample", "secret"):
    for f in os.listdir(os.path.join(root, "data", sub)):
        os.remove(os.path.join(root, "data", sub, f))

write("sample/1", c("+kestrel", "+kea", "?kea", "?kes", "*ke", "*kest", "*x"), [None, None, None, True, False, 2, 1, 0])
write("sample/2", c("+ibex", "+ibex", "+ibis", "*ib", "*", "?ibis"), [None, None, None, None, 2, 2, True])

# A prefix of a callsign is not on the roll until it is enlisted itself; then it counts as itself.
write("secret/01-prefix-is-not-a-callsign", c("+alpine", "?alp", "?alpine", "?alpines", "*alp", "+alp", "?alp", "*alp", "*alpine"))
# Enlisting twice is one callsign.
write("secret/02-enlisted-twice", c("+owl", "+owl", "+owl", "*o", "*owl", "*", "+owlet", "*owl"))
# The count is of callsigns below the prefix, not of branches: "ab" has three callsigns under it.
write("secret/03-count-callsigns-not-branches", c("+ab", "+abc", "+abd", "+abcde", "*ab", "*abc", "*a", "*abcd", "*b"))
# Words that are names of object properties in JavaScript; an empty roll first.
write("secret/04-property-names", c("*", "?constructor", "?tostring", "*constructor", "+proto", "?constructor", "+constructor", "?constructor", "*con", "*"))
# One letter, the longest callsign, the longest prefix.
z20 = "z" * 20
write("secret/05-lengths", c("+a", "?a", "*a", "+" + z20, "?" + z20, "*" + z20, "*" + "z" * 19, "?" + "z" * 19, "*" + "a" * 20))
write("secret/06-one-call", c("?a"))

for i in range(7, 13):
    ops = []
    for _ in range(120):
        word = "".join(random.choice("ab") for _ in range(random.randint(1, 4)))
        r = random.random()
        ops.append(("+" if r < 0.4 else "?" if r < 0.7 else "*") + (word if r < 0.9 else word[: random.randint(0, 2)]))
    write("secret/%02d-small-random" % i, c(*ops))

# Large: 12 000 callsigns over a few letters (long shared prefixes), then 20 000 prefix counts.
# Scanning the roll per count is 12 000 * 20 000 = 2.4 * 10^8 startswith calls.
words = ["".join(random.choice("abc") for _ in range(random.randint(8, 20))) for _ in range(12000)]
queries = ["*" + w[: random.randint(0, 6)] for w in random.choices(words, k=20000)]
write("secret/13-many-prefixes", c(*["+" + w for w in words], *queries))
# Large: a path-shaped roll: every prefix of one long callsign, enlisted in random order, with repeats,
# and questions about each.
base = "".join(random.choice("xyz") for _ in range(20))
ops = []
for _ in range(10000):
    k = random.randint(1, 20)
    ops.append(random.choice("+?*") + base[:k])
write("secret/14-one-long-path", c(*ops))
