"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].
Each .in is `n m s`, the tags, then the passages (see the interactor); each .ans is n. Passages are
listed in random order, so mouth numbers carry no hint of the cave's shape, and tags are random."""
import os
import random
import sys

random.seed(71)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(path, n, passages, start=None, tags=None, shuffle=True):
    passages = list(passages)
    if shuffle:
        random.shuffle(passages)
        passages = [(u, v) if random.random() < 0.5 else (v, u) for u, v in passages]
    tags = tags or random.sample(range(1, 10**9 + 1), n)
    start = start or random.randint(1, n)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d %d %d\n%s\n" % (n, len(passages), start, " ".join(map(str, tags))))
        f.write("".join("%d %d\n" % p for p in passages))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("%d\n" % n)


def random_tree(n):
    return [(random.randint(1, v - 1), v) for v in range(2, n + 1)]


def random_cave(n, m, loops=0, repeats=0):
    passages = random_tree(n)
    while len(passages) < m - loops - repeats:
        passages.append(tuple(random.sample(range(1, n + 1), 2)))
    passages += [(u, u) for u in random.sample(range(1, n + 1), loops)]
    passages += random.sample(passages, repeats)
    return passages


# The sample: the ring of the statement, written out.
write("sample/1", 3, [(1, 2), (2, 3), (3, 1)], start=1, tags=[41, 7, 300], shuffle=False)
write("secret/01-one-chamber", 1, [], tags=[1])
write("secret/02-one-chamber-loop", 1, [(1, 1)], tags=[10**9])
write("secret/03-two-chambers", 2, [(1, 2)])
write("secret/04-twin-passages", 2, [(1, 2), (1, 2), (2, 1)])
write("secret/05-loops-everywhere", 3, [(1, 1), (1, 2), (2, 2), (2, 3), (3, 3)])
write("secret/06-small-ring", 6, [(i, i % 6 + 1) for i in range(1, 7)])
write("secret/07-triangle-and-tail", 5, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5)], start=5)
for i in range(6):
    n = random.randint(2, 15)
    write("secret/%02d-small-random" % (8 + i), n, random_cave(n, random.randint(n - 1, 3 * n), random.randint(0, 2), random.randint(0, 2)))
# Large: one tunnel of 3000 chambers, entered at one end (3000 deep) and in the middle.
write("secret/14-large-tunnel-end", 3000, [(i, i + 1) for i in range(1, 3000)], start=1)
write("secret/15-large-tunnel-middle", 3000, [(i, i + 1) for i in range(1, 3000)], start=1500)
# Large: a star (one chamber with 2999 mouths), entered at a tip.
write("secret/16-large-star", 3000, [(1, i) for i in range(2, 3001)], start=2)
# Large: every pair of 77 chambers joined (2926 passages): most passages lead to seen chambers.
write("secret/17-large-complete", 77, [(a, b) for a in range(1, 78) for b in range(a + 1, 78)])
write("secret/18-large-ring", 3000, [(i, i % 3000 + 1) for i in range(1, 3001)])
write("secret/19-large-random-tree", 3000, random_tree(3000))
write("secret/20-large-random", 1000, random_cave(1000, 3000, 50, 50))
