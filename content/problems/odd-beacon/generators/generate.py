"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from functools import reduce

random.seed(107)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAXN = 99999
TOP = 10**12


def answer(pings):
    return reduce(lambda a, b: a ^ b, pings, 0)


def write(path, pings, expected=None):
    got = answer(pings)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([pings], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def log(length, odd, odd_times, low, high):
    """`odd` odd_times times, then other values each an even number of times, shuffled, `length`
    pings in all (length - odd_times must be even)."""
    pings = [odd] * odd_times
    while len(pings) < length:
        v = random.randint(low, high)
        if v != odd:
            pings += [v] * min(random.choice([2, 2, 2, 4]), length - len(pings))
    random.shuffle(pings)
    return pings


write("sample/1", [41, 7, 41, 7, 41], 41)
write("sample/2", [9, 3, 9, 9, 3, 9, 8], 8)
write("sample/3", [5000000000, 12, 12], 5000000000)
write("secret/01-single", [0], 0)
write("secret/02-single-max", [TOP], TOP)
# The odd one appears three times: "exactly once" finds nothing.
write("secret/03-odd-three-times", [6, 6, 6, 2, 2], 6)
# Another value appears four times: 2 * sum(set) - sum assumes pairs.
write("secret/04-four-times", [1, 1, 1, 1, 5], 5)
# Sorted, the odd value is the largest: a pair scan must look at the last element.
write("secret/05-odd-is-largest", [3, 1, 3, 1, 9], 9)
write("secret/06-odd-is-smallest", [4, 0, 4], 0)
# Above 2^32: 32-bit XOR in JavaScript keeps only the low bits (4294967301 & 0xffffffff = 5).
write("secret/07-above-32-bits", [4294967301, 7, 7], 4294967301)
# Two values that agree in their low 32 bits: a 32-bit XOR cancels them.
write("secret/08-same-low-bits", [2**39 + 3, 3, 2**33 + 3, 2**33 + 3, 3], 2**39 + 3)
write("secret/09-small-random", log(41, 77, 1, 0, 50))
write("secret/10-small-random-three", log(63, 10**12 - 1, 3, 10**12 - 40, 10**12))
# Big serial numbers, the odd one out three times.
write("secret/11-big-numbers", log(30001, random.randint(2**35, TOP), 3, 0, TOP))
# Maximum size, few beacons going out and in many times; the odd one appears once, at the end:
# counting each ping's value by a search of the log is 10^10 steps.
many = log(MAXN - 1, 299, 0, 1, 300) + [299]  # 299 only at the very end
write("secret/12-large-few-beacons", many)
