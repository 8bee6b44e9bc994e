"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import string
import sys
from collections import Counter

random.seed(18)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000


def answer(trail, herd):
    """Starts of the windows of len(herd) whose letter counts equal the herd's: a fixed window with
    26 counts and the number of letters whose counts differ."""
    m = len(herd)
    if m > len(trail):
        return []
    diff = [0] * 26
    for c in herd:
        diff[ord(c) - 97] -= 1
    for c in trail[:m]:
        diff[ord(c) - 97] += 1
    wrong = sum(1 for d in diff if d != 0)
    starts = [0] if wrong == 0 else []
    for i in range(m, len(trail)):
        for c, step in ((trail[i], 1), (trail[i - m], -1)):
            k = ord(c) - 97
            before = diff[k] != 0
            diff[k] += step
            wrong += (diff[k] != 0) - before
        if wrong == 0:
            starts.append(i - m + 1)
    return starts


def brute(trail, herd):
    m, want = len(herd), Counter(herd)
    return [i for i in range(len(trail) - m + 1) if Counter(trail[i : i + m]) == want]


def write(path, trail, herd, expected=None):
    got = answer(trail, herd)
    if expected is not None:
        assert got == expected, (got, expected)
    if len(trail) <= 400:
        assert brute(trail, herd) == got
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([trail, herd]) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


def letters(n, alphabet):
    return "".join(random.choice(alphabet) for _ in range(n))


write("sample/1", "dbeedbdeb", "bde", [0, 3, 5, 6])
write("sample/2", "aabab", "aab", [0, 1])
write("secret/01-single-match", "q", "q", [0])
write("secret/02-single-miss", "q", "r", [])
write("secret/03-herd-longer-than-trail", "ab", "abc", [])
# The herd needs two a's: a window with the same letters but other counts is not a match.
write("secret/04-counts-not-sets", "abbaab", "aab", [2, 3])
# The only match is the last window: a loop that stops one window early misses it.
write("secret/05-match-at-the-end", "zzzyx", "xyz", [2])
write("secret/06-whole-trail", "winter", "retniw", [0])
write("secret/07-all-equal", "a" * 30, "aaa", list(range(28)))
write("secret/08-small-random", letters(400, "ab"), "abba")
write("secret/09-small-random-wide", letters(400, "abc"), letters(6, "abc"))
# Maximum size, a herd of half the trail over two letters: sorting or counting every window afresh
# is ~5 * 10^9 steps.
trail = letters(N, "ab")
write("secret/10-large-half-trail", trail, trail[20000:70000])
# Maximum size, a one-letter herd: every position of that letter.
write("secret/11-large-one-letter", letters(N, string.ascii_lowercase), "k")
# Maximum herd over a trail of the same length: one window, a match.
long_trail = letters(N, string.ascii_lowercase)
shuffled = list(long_trail)
random.shuffle(shuffled)
write("secret/12-large-herd-as-long-as-trail", long_trail, "".join(shuffled))
# Maximum size, periodic trail: every window is a match.
write("secret/13-large-periodic", "abcde" * (N // 5), "edcba" * 4)
