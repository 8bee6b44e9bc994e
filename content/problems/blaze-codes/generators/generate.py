"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(1313)
root_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(names):
    """Sorted order: a name's longest common prefix with any other name is with a sorted neighbour."""
    order = sorted(range(len(names)), key=lambda i: names[i])
    def lcp(a, b):
        n = 0
        while n < len(a) and n < len(b) and a[n] == b[n]:
            n += 1
        return n
    out = [None] * len(names)
    for pos, i in enumerate(order):
        longest = 0
        for nb in (pos - 1, pos + 1):
            if 0 <= nb < len(order):
                longest = max(longest, lcp(names[i], names[order[nb]]))
        out[i] = names[i][: longest + 1]
    return out


def write(path, names, expected=None):
    got = answer(names)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(json.dumps([names], separators=(",", ":")) + "\n")
    with open(os.path.join(root_dir, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


def word(n, alphabet="ab"):
    return "".join(random.choice(alphabet) for _ in range(n))


write("sample/1", ["ridge", "rim", "col", "ridgeway"], ["ridge", "rim", "c", "ridgew"])
write("sample/2", ["pass", "peak", "pass", "pine"], ["pass", "pe", "pass", "pi"])

write("secret/01-empty", [], [])
write("secret/02-single", ["summit"], ["s"])
write("secret/03-single-letter-names", ["a", "b", "a"], ["a", "b", "a"])
# The closest name comes before in alphabetical order, not after.
write("secret/04-closest-before", ["abcx", "abcy", "abd"], ["abcx", "abcy", "abd"])
write("secret/05-closest-far-back", ["mmmm", "mmma", "mz", "a"], ["mmmm", "mmma", "mz", "a"])
# A name that is a prefix of another, at every depth.
write("secret/06-prefix-chain", ["s", "sk", "ski", "skis"], ["s", "sk", "ski", "skis"])
write("secret/07-all-equal", ["tarn"] * 5, ["tarn"] * 5)
write("secret/08-longest", ["a" * 100, "a" * 99 + "b", "b" * 100], ["a" * 100, "a" * 99 + "b", "b"])
for i in range(9, 13):
    names = [word(random.randint(1, 6), "abc") for _ in range(random.randint(2, 60))]
    write("secret/%02d-random-small" % i, names)
# 2 * 10^4 names of 10 letters over "abcd" sharing long prefixes: comparing every pair is 2 * 10^8 pairs.
names = [word(10, "abcd") for _ in range(20000)]
write("secret/13-max-names", names)
# 2000 names of 100 letters (the longest) that differ only near their ends.
base = word(80)
names = [base + word(20) for _ in range(1999)] + [base]
random.shuffle(names)
write("secret/14-long-shared-prefix", names)
