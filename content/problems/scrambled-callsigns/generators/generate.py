"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys

random.seed(83)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def groups(signs):
    """The jury's grouping: calls by sorted letters, groups in order of their first call."""
    by_key = {}
    for i, s in enumerate(signs, 1):
        by_key.setdefault("".join(sorted(s)), []).append(i)
    return list(by_key.values())


def write(path, signs, expected_groups=None, full=False):
    grouping = groups(signs)
    if expected_groups is not None:
        assert len(grouping) == expected_groups, (len(grouping), expected_groups)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(signs), "\n".join(signs)))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("%d\n" % len(grouping))
        if full:  # samples show a whole right answer; the checker reads only the first number
            for g in grouping:
                f.write("%d %s\n" % (len(g), " ".join(map(str, g))))


def scramble(s):
    letters = list(s)
    random.shuffle(letters)
    return "".join(letters)


def word(low, high, alphabet=LETTERS):
    return "".join(random.choice(alphabet) for _ in range(random.randint(low, high)))


write("sample/1", ["tsno", "ice", "snot", "cie", "tons", "notes"], 3, full=True)
write("sample/2", ["aab", "abb", "aab"], 2, full=True)
write("secret/01-one-call", ["q"], 1)
write("secret/02-all-same", ["ab", "ba", "ab", "ba", "ab"], 1)
write("secret/03-all-different", ["a", "b", "ab", "abc", "abcd", "z"], 6)
# Same letters, different counts: a set of letters as the key merges these.
write("secret/04-multiplicity", ["aab", "abb", "bab", "bba", "aaab"], 3)
# Same length and the same sum of letter codes: a weak key (length + sum) merges ad and bc.
write("secret/05-weak-key", ["ad", "bc", "da", "cb", "be"], 3)
# The same letters far apart in the log: grouping only neighbours makes two groups of them.
write("secret/06-far-apart", ["zzyx", "abc", "xyzz", "cab", "yzxz"], 2)
write("secret/07-longest-signs", ["abcdefgh", "hgfedcba", "aaaaaaaa", "bacdefgh", "aaaaaaab"], 3)
write("secret/08-small-random", [word(1, 3, "abc") for _ in range(60)])
base = [word(3, 8) for _ in range(200)]
write("secret/09-medium-scrambles", [scramble(random.choice(base)) for _ in range(3000)])
# Maximum size, nearly every sign different: comparing each call with every group is 5 * 10^9 steps.
write("secret/10-large-distinct", [word(5, 8) for _ in range(N)])
# Maximum size, a few hundred huts, every call a scramble: big groups, spread over the whole log.
base = [word(1, 8, "abcdef") for _ in range(400)]
write("secret/11-large-few-huts", [scramble(random.choice(base)) for _ in range(N)])
