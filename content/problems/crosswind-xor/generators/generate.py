"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(1414)
root_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = 2**31 - 1


def answer(codes):
    """Bit by bit from the top: is there a pair whose XOR starts with the best prefix so far plus a 1?"""
    best = 0
    for b in range(30, -1, -1):
        want = best | (1 << b)
        prefixes = {c >> b for c in codes}
        if any((p ^ (want >> b)) in prefixes for p in prefixes):
            best = want
    return best


def write(path, codes, expected=None):
    got = answer(codes)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(json.dumps([codes], separators=(",", ":")) + "\n")
    with open(os.path.join(root_dir, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [3, 10, 5, 25, 2, 8], 28)
write("sample/2", [7, 7, 7], 0)

write("secret/01-two-zeros", [0, 0], 0)
write("secret/02-two-extremes", [0, TOP], TOP)
write("secret/03-two-top-values", [TOP, TOP - 1], 1)
# The largest code is not part of the best pair.
write("secret/04-largest-not-in-pair", [9, 8, 7], 15)
# The best pair differs in bit 30 (values past 2^30).
write("secret/05-bit-30", [2**30, 2**30 - 1, 5], 2**31 - 1)
write("secret/06-bit-30-only", [2**30 + 12, 12, 2**30 + 13], 2**30 + 1)
write("secret/07-low-bits-decide", [0b1000, 0b1001, 0b1010, 0b1111], 0b0111)
for i in range(8, 12):
    n = random.randint(2, 60)
    write("secret/%02d-random-small" % i, [random.randint(0, 2**random.randint(1, 31) - 1) for _ in range(n)])
N = 2 * 10**4
# 2 * 10^4 codes over the whole range: checking every pair is 2 * 10^8 XORs.
codes = [random.randint(0, TOP) for _ in range(N)]
codes[0], codes[1] = 0, TOP
write("secret/12-max-random", codes)
# 1.5 * 10^4 codes that all share their top 12 bits, and one pair that differs in every lower bit but one:
# the answer is set by a single pair deep in the trie.
prefix = random.getrandbits(12) << 19
low = [random.getrandbits(19) & ~1 for _ in range(15000)]  # even low parts
codes = [prefix | x for x in low]
a = random.randrange(15000)
b = (a + 7500) % 15000
codes[b] = prefix | ((~low[a]) & ((1 << 19) - 1) & ~1)
random.shuffle(codes)
write("secret/13-large-shared-prefix", codes)
