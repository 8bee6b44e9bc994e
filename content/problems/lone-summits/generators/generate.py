"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from collections import Counter

random.seed(97)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def answer(logs):
    climbers = Counter()
    for log in logs:
        climbers.update(set(log))
    return sorted(name for name, c in climbers.items() if c == 1)


def write(path, logs, expected=None):
    got = answer(logs)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([logs], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


def name(low, high):
    return "".join(random.choice(LETTERS) for _ in range(random.randint(low, high)))


write("sample/1", [["eiger", "moench", "eiger"], ["moench", "jungfrau"], ["piz", "moench"]], ["eiger", "jungfrau", "piz"])
write("sample/2", [["dom"], ["dom"], ["dom"]], [])
write("sample/3", [], [])
write("secret/00-no-climbers", [], [])
write("secret/01-one-empty-log", [[]], [])
write("secret/02-one-climber-repeats", [["b", "a", "b", "b"]], ["a", "b"])
# Repeats inside one log are one climber: counting occurrences loses "x".
write("secret/03-repeats-not-shared", [["x", "x"], ["y"]], ["x", "y"])
# Three climbers share "k": a ^ b ^ c keeps it (odd count).
write("secret/04-odd-count", [["k", "m"], ["k"], ["k", "n"]], ["m", "n"])
write("secret/05-empty-logs-around", [[], ["solo"], [], ["duo"], ["duo"], []], ["solo"])
# Sorted output, not the order of discovery; prefixes sort first.
write("secret/06-sorting", [["zinal", "alp"], ["al"], ["zinal"], ["alpha"]], ["al", "alp", "alpha"])
write("secret/07-longest-names", [["abcdefghijkl", "q"], ["abcdefghijkl"]], ["q"])
write("secret/08-everyone-shares", [["a", "b"], ["b", "a"], ["a", "b", "a"]], [])
write("secret/09-small-random", [[random.choice("abcdefgh") for _ in range(random.randint(0, 6))] for _ in range(10)])
# 1000 climbers of 100 names over a pool of names: checking each name against every other log's
# list is 10^10 steps. Names from a small pool are shared; a few private ones are lone.
pool = [name(3, 6) for _ in range(20000)]
logs = [[random.choice(pool) for _ in range(100)] for _ in range(1000)]
write("secret/10-large-many-climbers", logs)
# One climber with 10^5 names, full of repeats: everything is lone.
pool = [name(1, 5) for _ in range(30000)]
write("secret/11-large-one-climber", [[random.choice(pool) for _ in range(100000)]])
# Two climbers sharing most names: the lone ones are the few that differ.
pool = [name(4, 6) for _ in range(40000)]
a = random.sample(pool, 10000)
b = random.sample(pool, 10000)
write("secret/12-two-climbers", [a + a[:3000], b])
