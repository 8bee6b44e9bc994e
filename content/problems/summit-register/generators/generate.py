"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from collections import Counter

random.seed(99)
root_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(searches, prefixes, k):
    counts = Counter(searches)
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    return [[w for w in ranked if w.startswith(p)][:k] for p in prefixes]


def write(path, searches, prefixes, k, expected=None, check=True):
    got = answer(searches, prefixes, k) if check else None
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(json.dumps([searches, prefixes, k], separators=(",", ":")) + "\n")
    with open(os.path.join(root_dir, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


def word(n, alphabet="abcd"):
    return "".join(random.choice(alphabet) for _ in range(n))


write(
    "sample/1",
    ["skitour", "skin", "ski", "skitour", "skin", "skate", "ski"],
    ["ski", "sk", "x"],
    2,
    [["ski", "skin"], ["ski", "skin"], []],
)
write("sample/2", ["col", "cornice", "col", "crag"], ["c", "cor", ""], 3, [["col", "cornice", "crag"], ["cornice"], ["col", "cornice", "crag"]])

write("secret/01-one-search", ["piste"], ["p", "piste", "pistes", ""], 1, [["piste"], ["piste"], [], ["piste"]])
# Ties broken alphabetically, whatever order they were searched in.
write("secret/02-ties-alphabetical", ["zeta", "beta", "alpha", "zeta", "beta", "alpha"], ["", "a", "z"], 2, [["alpha", "beta"], ["alpha"], ["zeta"]])
# Counts beat alphabet; a repeated search is one suggestion.
write("secret/03-counts-then-alphabet", ["b", "a", "b", "c", "c", "c"], [""], 10, [["c", "b", "a"]])
write("secret/04-fewer-than-k", ["ab", "ab", "ac"], ["a", "ab", "b"], 10, [["ab", "ac"], ["ab"], []])
# The word equal to the prefix is a suggestion too; a longer prefix that no search has gets nothing.
write("secret/05-prefix-is-word", ["ice", "iceaxe", "icefall", "iceaxe"], ["ice", "iceaxes", "icef"], 3, [["iceaxe", "ice", "icefall"], [], ["icefall"]])
write("secret/06-k-exactly", ["a", "b", "c", "d"], [""], 3, [["a", "b", "c"]])
# The longest words and prefixes allowed.
long = "y" * 20
write("secret/07-longest", [long, long[:19] + "z", long], [long, "y" * 19, ""], 10)
for i in range(8, 12):
    searches = [word(random.randint(1, 4)) for _ in range(random.randint(1, 80))]
    prefixes = [word(random.randint(0, 3)) for _ in range(random.randint(1, 40))]
    write("secret/%02d-random-small" % i, searches, prefixes, random.randint(1, 4))
# 3 * 10^4 searches (about 2 * 10^4 different) all starting with "s", and 10^4 short prefixes: scanning
# every search per prefix is ~2 * 10^8 startswith calls, a sorted range per prefix just as many.
searches = []
while len(searches) < 30000:
    w = "s" + word(random.randint(2, 7), "aeiklmnorst")
    searches += [w] * random.choice([1, 1, 1, 2, 3])
searches = searches[:30000]
random.shuffle(searches)
# Prefixes that few or no searches start ("q" and "z" never occur, long prefixes are rare), so a scan
# with an early stop still reads the whole ranking; a few short ones keep big answers too.
prefixes = ["s" + word(random.randint(2, 4), "aeiklmnorstqz") for _ in range(9990)] + ["s", "sa", "st"] * 3 + ["sq"]
write("secret/12-max-shared-first-letter", searches, prefixes, 5)
# Searches with heavy repeats and many ties; k = 10; prefixes of every length up to 20.
pool = [word(random.randint(1, 20), "ab") for _ in range(3000)]
searches = [random.choice(pool) for _ in range(10000)]
prefixes = [random.choice(pool)[: random.randint(0, 20)] for _ in range(3000)] + ["b" * 20, "a" * 20]
write("secret/13-large-ties-k10", searches, prefixes, 10)
