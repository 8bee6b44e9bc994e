"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].

Each answer comes from the Python reference (submissions/accepted/trie_dp.py); the checker accepts any
right split, and the C++ and JavaScript references find their own."""
import os
import random
import subprocess
import sys

random.seed(1010)
root_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(root_dir, "submissions", "accepted", "trie_dp.py")


def write(path, words, text, expect_none=None):
    content = "%d\n%s\n%s\n" % (len(words), " ".join(words), text)
    got = subprocess.run([sys.executable, REFERENCE], input=content.encode(), capture_output=True, check=True).stdout
    if expect_none is not None:
        assert (got.strip() == b"NONE") == expect_none, (path, got[:80])
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(content)
    with open(os.path.join(root_dir, "data", path + ".ans"), "wb") as f:
        f.write(got)


def word(n, alphabet="ab"):
    return "".join(random.choice(alphabet) for _ in range(n))


write("sample/1", ["snow", "now", "sno", "wfall", "fall", "s"], "snowfall", False)
write("sample/2", ["ice", "icy", "cap"], "icecapcy", True)

write("secret/01-one-letter-word", ["x"], "x", False)
write("secret/02-one-letter-none", ["y"], "x", True)
write("secret/03-whole-text-one-word", ["a", "avalanche", "lanche"], "avalanche", False)
write("secret/04-duplicate-words", ["ab", "ab", "b", "b"], "abbab", False)
# Taking the longest word first leads into a dead end; the right split uses a shorter one.
write("secret/05-longest-first-fails", ["snowman", "snow", "manners"], "snowmanners", False)
# Words that are prefixes of each other; then taking the shortest word first leads into a dead end.
write("secret/06-words-are-prefixes", ["s", "sn", "sno", "snow"], "snowsnosn", False)
write("secret/07-shortest-first-fails-2", ["a", "ab", "bc"], "abbc", False)
# The only split needs the longest word allowed (50 letters).
w50 = word(50, "ab")
write("secret/08-needs-50-letters", [w50, w50[:20], "c"], w50 + "c", False)
write("secret/09-none-at-the-end", ["ab", "a", "b"], "ababababc", True)
write("secret/10-none-at-the-start", ["ab", "ba"], "cabba", True)
for i in range(11, 17):
    dictionary = sorted({word(random.randint(1, 4)) for _ in range(random.randint(1, 8))})
    if i % 2:
        text = "".join(random.choice(dictionary) for _ in range(random.randint(1, 12)))
    else:
        text = word(random.randint(1, 30))
    write("secret/%02d-random-small" % i, dictionary, text)
N = 30000
# Every run of a's up to 50 is a word, but the message ends in b: no split exists, and trying every
# split without remembering dead ends is exponential.
write("secret/17-max-all-a-none", ["a" * k for k in range(1, 51)], "a" * (N - 1) + "b", True)
# 10^4 words (every word of 1 to 9 letters over "ab", random 10-letter words over "abc" and forty of 50 letters:
# about 10^5 letters, the most allowed) and a message of 3 * 10^4 letters made of them.
dictionary = ["".join("ab"[(x >> b) & 1] for b in range(k)) for k in range(1, 10) for x in range(2**k)]
ten = set()
while len(ten) < 8938:
    ten.add(word(10, "abc"))
dictionary += sorted(ten) + [word(50) for _ in range(40)]
# Lengthen some 10-letter words (keeping them distinct) until the codebook has exactly 10^5 letters.
deficit = 100000 - sum(map(len, dictionary))
for i, w in enumerate(dictionary):
    if deficit == 0:
        break
    if len(w) == 10:
        extra = min(40, deficit)
        dictionary[i] = w + word(extra, "abc")
        deficit -= extra
random.shuffle(dictionary)
text = ""
while len(text) < N - 50:
    text += random.choice(dictionary)
write("secret/18-max-dictionary", dictionary, text, False)
# Long words that overlap: most positions are reachable in several ways, and only a split through one
# 50-letter word reaches the end.
pieces = ["a" * 49 + "b", "a" * 24, "a" * 25 + "c"]
text = ("a" * 24) * 1000 + "a" * 49 + "b"
write("secret/19-large-long-word-last", pieces + ["a"], text[: N], False)
