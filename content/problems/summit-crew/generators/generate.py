"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import itertools
import json
import os
import random
import sys

random.seed(113)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKILLS = ["crevasse", "ice", "avalanche", "radio", "medic", "rope", "ski", "navigation", "weather",
          "cook", "dog", "drone", "snowcat", "rescue", "photo", "mechanic"]


def answer(needed, guides):
    index = {s: i for i, s in enumerate(needed)}
    masks = set()
    for g in guides:
        m = 0
        for s in g:
            if s in index:
                m |= 1 << index[s]
        masks.add(m)
    full = (1 << len(needed)) - 1
    inf = float("inf")
    best = [inf] * (full + 1)
    best[0] = 0
    for mask in range(full + 1):
        if best[mask] == inf:
            continue
        for g in masks:
            if best[mask] + 1 < best[mask | g]:
                best[mask | g] = best[mask] + 1
    return -1 if best[full] == inf else best[full]


def brute(needed, guides):
    for size in range(0, len(guides) + 1):
        for team in itertools.combinations(guides, size):
            if set(needed) <= set(s for g in team for s in g):
                return size
    return -1


def write(path, needed, guides, expected=None):
    got = answer(needed, guides)
    if len(guides) <= 12:
        assert got == brute(needed, guides), path
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([needed, guides], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def random_guides(needed, n, low, high, extra=0.2):
    guides = []
    for _ in range(n):
        g = random.sample(needed, random.randint(low, min(high, len(needed))))
        if random.random() < extra:
            g.append(random.choice(SKILLS[len(needed):] or ["z"]))
        guides.append(g)
    return guides


write("sample/1", ["ice", "radio", "medic"], [["ice", "ski"], ["radio", "medic"], ["ice", "radio"]], 2)
write("sample/2", list("abcdef"), [list("abcd"), list("abe"), list("cdf")], 2)
write("sample/3", ["medic"], [["ice"], []], -1)
write("secret/01-one-guide-all", ["ice"], [["ice"]], 1)
write("secret/02-nobody", ["radio", "ice"], [["ice"], ["ice", "ice"], []], -1)
# Greedy "most skills first" takes the big guide, then needs two more.
write("secret/03-greedy-trap", ["a", "b", "c", "d", "e", "f"], [["a", "b", "c", "d"], ["a", "b", "e"], ["c", "d", "f"], ["a"]], 2)
# Skills nobody needs and repeated skills.
write("secret/04-unneeded-skills", ["rope", "ski"], [["cook", "photo", "rope"], ["ski", "ski", "dog"], ["dog"]], 2)
write("secret/05-empty-guides", ["rope"], [[], [], ["rope"], []], 1)
write("secret/06-all-twelve-one-guide", SKILLS[:12], [SKILLS[:6], SKILLS[:12], SKILLS[6:12]], 1)
write("secret/07-small-random", SKILLS[:6], random_guides(SKILLS[:6], 8, 0, 3))
write("secret/08-longest-names", ["abcdefghij", "k"], [["abcdefghij"], ["k", "abcdefghij"]], 1)
# 60 guides with one needed skill each: the only team is 12 guides, and trying teams by size
# goes through C(60, 11) teams first.
singles = [[SKILLS[i % 12]] for i in range(60)]
random.shuffle(singles)
write("secret/09-large-singles", SKILLS[:12], singles, 12)
# 60 guides with two skills each, chosen so that 6 is the best; greedy picks overlaps.
pairs = [[SKILLS[2 * i], SKILLS[2 * i + 1]] for i in range(6)]
decoys = [random.sample(SKILLS[:12], 2) for _ in range(54)]
guides = pairs + decoys
random.shuffle(guides)
write("secret/10-large-pairs", SKILLS[:12], guides)
# 60 random guides with 0 to 5 skills, some unneeded: a small answer found among many.
write("secret/11-large-random", SKILLS[:12], random_guides(SKILLS[:12], 60, 0, 5))
# 60 guides, one skill missing from everyone.
write("secret/12-large-impossible", SKILLS[:12], random_guides(SKILLS[:11], 60, 1, 5, extra=0), -1)
# Greedy trap at full size: one guide with 8 skills that overlaps both halves.
trap = [SKILLS[0:4] + SKILLS[6:10], SKILLS[0:6], SKILLS[6:12]] + [random.sample(SKILLS[:12], 1) for _ in range(57)]
write("secret/13-large-greedy-trap", SKILLS[:12], trap, 2)
