"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys

random.seed(59)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 200000


def answer(call):
    """Manacher over the call with separators: the number of palindromic pieces."""
    t = "^#" + "#".join(call) + "#$"
    p = [0] * len(t)
    center = right = 0
    for i in range(1, len(t) - 1):
        if i < right:
            p[i] = min(right - i, p[2 * center - i])
        while t[i + p[i] + 1] == t[i - p[i] - 1]:
            p[i] += 1
        if i + p[i] > right:
            center, right = i, i + p[i]
    return sum((r + 1) // 2 for r in p)


def brute(call):
    n = len(call)
    return sum(1 for l in range(n) for r in range(l, n) if call[l : r + 1] == call[l : r + 1][::-1])


def write(path, call, expected=None):
    got = answer(call)
    if len(call) <= 300:
        assert got == brute(call)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(call), call))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("%d\n" % got)


def fib_word(n):
    a, b = "a", "ab"
    while len(b) < n:
        a, b = b, b + a
    return b[:n]


write("sample/1", "abacc", 7)
write("sample/2", "aaaa", 10)
write("secret/01-one", "z", 1)
write("secret/02-two-equal", "bb", 3)  # even length: "bb"
write("secret/03-two-different", "ab", 2)
write("secret/04-even-only", "abba", 6)
write("secret/05-nested", "abacaba", 12)
write("secret/06-no-long", "abcdefghijklmnopqrstuvwxyz", 26)
# The mirror's radius must be capped at the right end of the known palindrome.
write("secret/07-mirror-cap", "babcbabcbaccba")
write("secret/08-mirror-cap-2", "abaxabaxabybaxabyb")
for t in range(5):
    write("secret/%02d-small-random" % (9 + t), "".join(random.choice("ab") for _ in range(random.randint(20, 300))))
write("secret/14-random-abc", "".join(random.choice("abc") for _ in range(2000)))
# Maximum size, one letter: every piece (2 * 10^10 of them) is a palindrome; growing from every
# centre compares 10^10 pairs; the count needs 64 bits.
write("secret/15-large-one-letter", "a" * N)
# Maximum size, "abab...": half the pieces are palindromes, all of odd length.
write("secret/16-large-alternating", "ab" * (N // 2))
# Maximum size, a Fibonacci word: palindromes of many sizes nested everywhere.
write("secret/17-large-fibonacci", fib_word(N))
# Maximum size, random text: few long palindromes (the small answer at full size).
write("secret/18-large-random", "".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(N)))
