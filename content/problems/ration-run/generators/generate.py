"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import string
import sys
from collections import Counter

random.seed(13)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
LETTERS = string.ascii_letters


def answer(huts, kit):
    """The shortest (then leftmost) stretch holding the kit with multiplicity: grow right, and while
    the window holds everything, record it and shrink from the left."""
    need = Counter(kit)
    missing = len(kit)
    best_start, best_len = 0, len(huts) + 1
    left = 0
    for right, c in enumerate(huts):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        while missing == 0:
            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            d = huts[left]
            need[d] += 1
            if need[d] > 0:
                missing += 1
            left += 1
    return "" if best_len > len(huts) else huts[best_start : best_start + best_len]


def brute(huts, kit):
    need = Counter(kit)
    for length in range(1, len(huts) + 1):
        for start in range(len(huts) - length + 1):
            have = Counter(huts[start : start + length])
            if all(have[c] >= k for c, k in need.items()):
                return huts[start : start + length]
    return ""


def write(path, huts, kit, expected=None):
    got = answer(huts, kit)
    if expected is not None:
        assert got == expected, (got, expected)
    if len(huts) <= 60:
        assert brute(huts, kit) == got
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([huts, kit]) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def letters(n, alphabet):
    return "".join(random.choice(alphabet) for _ in range(n))


write("sample/1", "cabbxacb", "abc", "cab")
write("sample/2", "abacab", "aab", "aba")
write("sample/3", "aab", "aaa", "")
write("secret/01-single", "a", "a", "a")
write("secret/02-single-missing", "a", "b", "")
# Upper and lower case are different items.
write("secret/03-case-matters", "aXxA", "A", "A")
write("secret/04-kit-longer-than-trail", "ab", "abc", "")
# The kit needs two a's: a set of kit items stops at one.
write("secret/05-multiplicity", "abcab", "aa", "abca")
# Two shortest stretches: the leftmost one wins.
write("secret/06-tie-leftmost", "xaybxbya", "ab", "ayb")
write("secret/07-whole-trail", "sled", "ds", "sled")
write("secret/08-answer-at-the-end", "zzzzzzzyzqpqr", "rq", "qr")
# Many copies of one item before the other: the left end must jump over all of them at once.
write("secret/09-left-end-jumps", "aaaaab", "ab", "ab")
write("secret/10-small-random", letters(60, "abcd"), "abcda")
write("secret/11-small-random-cases", letters(60, "aAbB"), "AbB")
# Maximum size, every one of the 52 items once: the stretch holds all the letters.
write("secret/12-large-all-52-items", letters(N, LETTERS), LETTERS)
# Maximum size, a long kit of few items: the stretch is long, so extending from every start is
# ~5 * 10^9 steps.
write("secret/13-large-long-kit", letters(N, "abc"), "a" * 20000 + "b" * 15000 + "c" * 10000)
# Maximum size: the kit is the whole trail shuffled, so the answer is the whole trail.
whole = letters(N, "xyzXYZ")
shuffled = list(whole)
random.shuffle(shuffled)
write("secret/14-large-whole-trail", whole, "".join(shuffled))
# Maximum kit, one item short: no stretch is enough.
write("secret/15-large-one-short", "q" * (N - 1) + "r", "q" * N)
