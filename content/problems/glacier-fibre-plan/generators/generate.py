"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].
Each .ans is the least total and one cheapest plan (for up to 1000 stations; only the total above
that): the checker takes only the first token."""
import os
import random
import sys

random.seed(109)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N, M, W = 100000, 100000, 10**9


def answer(n, cables):
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total, chosen = 0, []
    for i in sorted(range(len(cables)), key=lambda i: cables[i][2]):
        u, v, w = cables[i]
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            total += w
            chosen.append(i + 1)
    if len(chosen) != n - 1:
        return "IMPOSSIBLE"
    return "%d\n%s" % (total, " ".join(map(str, chosen)) if n <= 1000 else "")


def write(path, n, cables, expected=None):
    got = answer(n, cables)
    if expected is not None:
        assert got.split()[0] == str(expected), (path, got[:30], expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d %d\n" % (n, len(cables)) + "".join("%d %d %d\n" % c for c in cables))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(got.rstrip("\n") + "\n")


def shuffled(n, cables):
    names = [0] + random.sample(range(1, n + 1), n)
    cables = [(names[u], names[v], w) if random.random() < 0.5 else (names[v], names[u], w) for u, v, w in cables]
    random.shuffle(cables)
    return cables


write("sample/1", 4, [(1, 2, 3), (2, 3, 3), (3, 1, 3), (3, 4, 1), (1, 4, 8)], 7)
write("sample/2", 3, [(1, 2, 5), (1, 1, 0)], "IMPOSSIBLE")
write("secret/01-one-station", 1, [], 0)
write("secret/02-one-station-loops", 1, [(1, 1, 4), (1, 1, 0)], 0)
write("secret/03-no-cables", 2, [], "IMPOSSIBLE")
write("secret/04-twin-cables", 2, [(1, 2, 7), (2, 1, 2), (1, 2, 2)], 2)
write("secret/05-all-free", 4, [(1, 2, 0), (2, 3, 0), (3, 4, 0), (4, 1, 0), (1, 3, 0)], 0)
# A cheap loop: laying every cheap cable pays for the loop as well.
write("secret/06-cheap-loop", 4, [(1, 2, 1), (2, 3, 1), (3, 1, 1), (3, 4, 9)], 11)
# Two groups joined inside, apart from each other.
write("secret/07-two-islands", 5, [(1, 2, 1), (2, 3, 1), (4, 5, 1)], "IMPOSSIBLE")
# Three dearest cables: 3 * 10^9 does not fit in 32 bits.
write("secret/08-past-32-bits", 4, [(1, 2, W), (2, 3, W), (3, 4, W)], 3 * W)
for i in range(6):
    n = random.randint(2, 10)
    write("secret/%02d-small-random" % (9 + i), n, [(random.randint(1, n), random.randint(1, n), random.randint(0, 5)) for _ in range(random.randint(n - 1, 3 * n))])
# Every pair of 60 stations (1770 cables), costs with many ties.
write("secret/15-complete-ties", 60, shuffled(60, [(a, b, random.randint(1, 4)) for a in range(1, 61) for b in range(a + 1, 61)]))
# A chain of 5000 dearest cables plus dearer-or-equal extras: 4999 * 10^9.
chain = [(i, i + 1, W) for i in range(1, 5000)]
write("secret/16-heavy-chain", 5000, shuffled(5000, chain + [(random.randint(1, 5000), random.randint(1, 5000), W) for _ in range(5000)]), 4999 * W)
# Large: a path through all 10^5 stations with cheap cables, the most cables; growing one tree by
# scanning every station for the nearest is 10^10 steps.
path = [(i, i + 1, random.randint(0, 9)) for i in range(1, N)] + [(1, 1, 0)]
write("secret/17-large-path", N, shuffled(N, path))
# Large: random cables over 20 000 stations, some cut off.
write("secret/18-large-random-apart", 20000, [(random.randint(1, 20000), random.randint(1, 20000), random.randint(0, W)) for _ in range(30000)], "IMPOSSIBLE")
