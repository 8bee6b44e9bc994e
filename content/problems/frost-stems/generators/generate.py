"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(88)
root_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(stems, words):
    known = set(stems)
    out = []
    for w in words:
        for end in range(1, len(w) + 1):
            if w[:end] in known:
                out.append(w[:end])
                break
        else:
            out.append(w)
    return out


def write(path, stems, words, expected=None):
    got = answer(stems, words)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(json.dumps([stems, words], separators=(",", ":")) + "\n")
    with open(os.path.join(root_dir, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


def rand_word(n, alphabet="abc"):
    return "".join(random.choice(alphabet) for _ in range(n))


write("sample/1", ["snow", "ice", "snowf"], ["snowfall", "icefall", "rime", "sno"], ["snow", "ice", "rime", "sno"])
write("sample/2", ["cat", "c"], ["cow", "cat", "dog"], ["c", "c", "dog"])

write("secret/01-no-stems", [], ["alpine", "col"], ["alpine", "col"])
write("secret/02-no-words", ["a"], [], [])
write("secret/03-stem-is-whole-word", ["ridge"], ["ridge", "ridges", "ridg"], ["ridge", "ridge", "ridg"])
# A stem that matches in the middle of a word, not at its start.
write("secret/04-inside-not-prefix", ["now"], ["snow", "nowhere"], ["snow", "now"])
# The walk runs off the trie after matching part of a stem: no stem is a prefix.
write("secret/05-partial-match", ["cat", "cart"], ["cow", "ca", "cab", "carts"], ["cow", "ca", "cab", "cart"])
# Shortest wins, even when a longer stem is listed first.
write("secret/06-shortest-wins", ["abcd", "abc", "ab"], ["abcde", "abx", "a"], ["ab", "ab", "a"])
write("secret/07-duplicates", ["pa", "pa", "pas"], ["pass", "pass", "pa"], ["pa", "pa", "pa"])
write("secret/08-single-letters", ["z"], ["z", "zz", "az"], ["z", "z", "az"])
for i in range(9, 13):
    stems = [rand_word(random.randint(1, 5)) for _ in range(random.randint(1, 30))]
    words = [rand_word(random.randint(1, 8)) for _ in range(random.randint(1, 60))]
    write("secret/%02d-random-small" % i, stems, words)
# One stem of 1000 letters and words of 1000 letters that share all but its last letter, or all of it.
long_stem = "q" * 999 + "r"
write("secret/13-longest", [long_stem, "q" * 1000], [long_stem, "q" * 999 + "s", "q" * 1000, "q"])
# 2 * 10^4 stems and 2 * 10^4 words, few matches among them: checking every stem against every word
# is ~4 * 10^8 comparisons.
stems = sorted({rand_word(random.randint(6, 10), "abcdefghij") for _ in range(20000)})
while len(stems) < 20000:
    stems.append(rand_word(10, "klmnop"))
words = [rand_word(10, "abcdefghij") for _ in range(20000)]
write("secret/14-max-many-stems", stems[:20000], words)
# Many nested stems (every length 2..6 over three letters, a few left out): most words match, and the
# shortest of several matching stems must win.
stems = [s for s in sorted({rand_word(random.randint(2, 6)) for _ in range(3000)}) if random.random() < 0.8]
words = [rand_word(random.randint(1, 12)) for _ in range(5000)]
write("secret/15-large-nested-stems", sorted(stems, key=lambda s: (-len(s), s)), words)
