"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(6)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
TOP = 2 * 10**9


def answer(weights, limit):
    """Fewest cabins: the heaviest rider takes the lightest one along when they fit together."""
    order = sorted(weights)
    light, heavy, cabins = 0, len(order) - 1, 0
    while light <= heavy:
        if light < heavy and order[light] + order[heavy] <= limit:
            light += 1
        heavy -= 1
        cabins += 1
    return cabins


def write(path, weights, limit, expected=None):
    got = answer(weights, limit)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([weights, limit], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [70, 50, 80, 50], 100, 3)
write("sample/2", [30, 90, 60, 10, 40], 100, 3)
write("secret/01-single", [1], 1, 1)
write("secret/02-single-at-limit", [TOP], TOP, 1)
# Every pair weighs exactly the limit: "< limit" sends everyone up alone.
write("secret/03-pairs-exactly-at-limit", [50] * 6, 100, 3)
# An odd rider is left in the middle: a loop "while light < heavy" never counts that cabin.
write("secret/04-middle-rider-alone", [1, 2, 3], 10, 2)
# Unsorted: pointers on the input order pair the wrong riders.
write("secret/05-unsorted", [5, 1, 5, 9], 10, 2)
# Pairing neighbours after sorting (lightest with next lightest) wastes the light riders.
write("secret/06-neighbours-are-wrong", [1, 2, 3, 4], 5, 2)
write("secret/07-everyone-too-heavy-to-share", [60, 70, 51, 99, 100], 100, 5)
write("secret/08-two-riders-do-not-fit", [6, 5], 10, 2)
# Sums up to 4 * 10^9: a 32-bit sum wraps to a negative number and lets two heavy riders share.
write("secret/09-sum-past-32-bits", [1500000000, 1600000000, 1700000000], TOP, 3)
write("secret/10-small-random", [random.randint(1, 100) for _ in range(300)], 100)
write("secret/11-small-random-duplicates", [random.choice([20, 40, 60, 80]) for _ in range(301)], 100)
# Maximum size, everyone fits with everyone: a partner search that rescans the taken riders from
# the light end is ~2.5 * 10^9 steps.
write("secret/12-large-all-pair-up", [random.randint(1, 1000) for _ in range(N)], 2000)
# Weights over the whole range: about half of the heavy riders go alone.
write("secret/13-large-random", [random.randint(1, TOP) for _ in range(30000)], TOP)
# Light riders scarce: a greedy that pairs neighbours differs by thousands.
mixed = [random.randint(1, 1000) for _ in range(3000)] + [random.randint(TOP - 1000, TOP) for _ in range(27000)]
random.shuffle(mixed)
write("secret/14-large-few-light-riders", mixed, TOP)
