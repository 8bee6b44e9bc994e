"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(89)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000


def answer(log):
    first = {(0, 0): 0}
    a = b = c = best = 0
    for day, ch in enumerate(log, 1):
        a += ch == "a"
        b += ch == "b"
        c += ch == "c"
        key = (a - b, b - c)
        if key in first:
            best = max(best, day - first[key])
        else:
            first[key] = day
    return best


def brute(log):
    n, best = len(log), 0
    for i in range(n):
        a = b = c = 0
        for j in range(i, n):
            a += log[j] == "a"
            b += log[j] == "b"
            c += log[j] == "c"
            if a == b == c:
                best = max(best, j - i + 1)
    return best


def write(path, log, expected=None):
    got = answer(log)
    if len(log) <= 400:
        assert got == brute(log), log
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([log]) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def rand_log(n, alphabet="abc-"):
    return "".join(random.choice(alphabet) for _ in range(n))


write("sample/1", "aabc-cba", 7)
write("sample/2", "ab-ba", 1)
write("sample/3", "aab", 0)
write("secret/01-one-hut", "b", 0)
write("secret/02-one-valley", "-", 1)
# The whole log is fair: only the pair (0, 0) of day 0 finds it.
write("secret/03-whole-log", "cab", 3)
write("secret/04-whole-log-long", "abcabc--cba", 11)
# Two huts balanced but the third absent: tracking only a - b says 4.
write("secret/05-two-huts-only", "abab", 0)
write("secret/06-two-huts-trap", "aabb-c", 1)
# The same pair comes back three times: keeping the latest day finds only the short stretch.
write("secret/07-first-not-last", "abc-abc-cab", 11)
# (A - B) + (B - C) = A - C: "ac" has A - C = 0 although it is not fair.
write("secret/08-folded-key", "acac", 0)
write("secret/09-valley-only", "----", 4)
write("secret/10-fair-in-middle", "aaa" + "bca-" + "ccc", 4)
for t in range(4):
    write("secret/%02d-small-random" % (11 + t), rand_log(random.randint(20, 300), random.choice(["abc", "abc-", "aabc"])))
# Maximum size, random: the longest fair stretch is long and somewhere in the middle.
write("secret/15-large-random", rand_log(N))
# Maximum size, fair only in short pieces: huts drift apart (lots of a), answers small.
write("secret/16-large-drift", "".join(random.choice("aaabc") for _ in range(N)))
# Maximum size, the whole log is fair: a shuffled equal mix, plus nights in the valley.
mix = list("abc" * (N // 4) + "-" * (N - 3 * (N // 4)))
random.shuffle(mix)
write("secret/17-large-whole", "".join(mix), N)
# Maximum size, a long fair stretch at the very end after an unfair start.
tail = list("abc" * 15000)
random.shuffle(tail)
write("secret/18-large-fair-at-end", "a" * (N - 45000) + "".join(tail))
