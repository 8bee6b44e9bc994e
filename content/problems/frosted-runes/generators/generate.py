"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from collections import Counter

random.seed(47)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000


def answer(wall, word):
    """Windows with no letter over its quota in the word (frost fills the rest)."""
    n, m = len(wall), len(word)
    if m > n:
        return []
    need = Counter(word)
    have = Counter(c for c in wall[:m] if c != "*")
    over = sum(1 for c in have if have[c] > need[c])
    out = [0] if over == 0 else []
    for i in range(m, n):
        c = wall[i]
        if c != "*":
            have[c] += 1
            if have[c] == need[c] + 1:
                over += 1
        c = wall[i - m]
        if c != "*":
            have[c] -= 1
            if have[c] == need[c]:
                over -= 1
        if over == 0:
            out.append(i - m + 1)
    return out


def brute(wall, word):
    need = Counter(word)
    m = len(word)
    return [
        i
        for i in range(len(wall) - m + 1)
        if all(cnt <= need[c] for c, cnt in Counter(wall[i : i + m].replace("*", "")).items())
    ]


def write(path, wall, word, expected=None):
    got = answer(wall, word)
    if len(wall) * len(word) <= 10**6:
        assert got == brute(wall, word)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([wall, word]) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


def scramble(word):
    letters = list(word)
    random.shuffle(letters)
    return "".join(letters)


def frost(s, rate):
    return "".join("*" if random.random() < rate else c for c in s)


write("sample/1", "xtoe*sn", "stone", [1, 2])
write("sample/2", "aaab*", "aab", [1, 2])
write("sample/3", "**", "snow", [])
write("secret/01-one-letter", "a", "a", [0])
write("secret/02-one-frost", "*", "z", [0])
write("secret/03-one-miss", "b", "a", [])
write("secret/04-word-longer", "abc", "abcd", [])
# The only fitting window is the last one: range(n - m) never looks at it.
write("secret/05-last-window", "zzzabc", "cab", [3])
write("secret/06-whole-wall", "ab*", "bca", [0])
# Multiplicity: "aa" is not a scramble of "ab", although every letter of the window is in the word.
write("secret/07-too-many", "aab", "ab", [1])
write("secret/08-all-frost", "*****", "ice", [0, 1, 2])
# Frost must be free: an exact-anagram test finds nothing here.
write("secret/09-frost-needed", "s*ow*", "snow", [0, 1])
write("secret/10-repeated-letters", "aabbaab*ba", "aabb", [0, 1, 2, 3, 4, 5, 6])
alphabet = "abcdefghijklmnopqrstuvwxyz"
small_word = "".join(random.choice("abc") for _ in range(4))
write("secret/11-small-random", "".join(random.choice("abc*") for _ in range(60)), small_word)
# Maximum wall, a word of 5 * 10^4 letters: recounting or sorting every window is 2.5 * 10^9 steps.
# Scrambled, lightly frosted copies of the word appear in a few places, one at the very end.
word = "".join(random.choice(alphabet) for _ in range(50000))
filler = "".join(random.choice(alphabet) for _ in range(N))
wall = list(filler)
for start in (0, 20000, N - 50000):
    wall[start : start + 50000] = frost(scramble(word), 0.01)
write("secret/12-large-long-word", "".join(wall), word)
# Maximum wall of frost only: every window fits (the largest answer), with the longest word.
write("secret/13-large-all-frost", "*" * N, "".join(random.choice(alphabet) for _ in range(N)), [0])
# Maximum wall, a one-letter word: every frost and every matching letter is an answer.
write("secret/14-large-one-letter", "".join(random.choice("ab*") for _ in range(N)), "a")
# Maximum wall, word of 3 letters over a 3-letter alphabet with frost: answers everywhere.
write("secret/15-large-short-word", "".join(random.choice("abc*") for _ in range(N)), "abc")
