"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(103)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N, M, W = 20000, 20000, 10**9


def answer(n, lines):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total, built = 0, 0
    for a, b, cost in sorted(lines, key=lambda e: e[2]):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total += cost
            built += 1
    return total if built == n - 1 else -1


def write(path, n, lines, expected=None):
    got = answer(n, lines)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([n, lines], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def shuffled(n, lines):
    names = list(range(n))
    random.shuffle(names)
    lines = [[names[a], names[b], c] if random.random() < 0.5 else [names[b], names[a], c] for a, b, c in lines]
    random.shuffle(lines)
    return lines


write("sample/1", 4, [[0, 1, 4], [1, 2, 2], [0, 2, 3], [2, 3, 7], [1, 3, 9]], 12)
write("sample/2", 3, [[0, 1, 5], [1, 0, 1], [2, 2, 0]], -1)
write("sample/3", 1, [], 0)
write("secret/01-one-hut-loops", 1, [[0, 0, 5], [0, 0, 0]], 0)
write("secret/02-two-huts-no-line", 2, [], -1)
write("secret/03-twin-lines", 2, [[0, 1, 9], [1, 0, 3], [0, 1, 3]], 3)
write("secret/04-free-lines", 3, [[0, 1, 0], [1, 2, 0], [0, 2, 0]], 0)
# Each hut's cheapest neighbour: 0-1 and 2-3 pair up and the pairs stay apart.
write("secret/05-cheapest-neighbours-apart", 4, [[0, 1, 1], [2, 3, 1], [1, 2, 50], [0, 3, 60]], 52)
# A loop of cheap lines: building every cheap line pays for the loop too.
write("secret/06-cheap-loop", 4, [[0, 1, 1], [1, 2, 1], [2, 0, 1], [2, 3, 10]], 12)
# Two groups that no line joins, each cheap inside: a partial network is not an answer.
write("secret/07-two-islands", 5, [[0, 1, 2], [1, 2, 2], [3, 4, 1]], -1)
write("secret/08-heaviest-lines", 3, [[0, 1, W], [1, 2, W], [0, 2, W]], 2 * W)
for i in range(6):
    n = random.randint(2, 10)
    write("secret/%02d-small-random" % (9 + i), n, [[random.randrange(n), random.randrange(n), random.randint(0, 20)] for _ in range(random.randint(n - 1, 3 * n))])
# Large: a path of the dearest lines through every hut (total ~2 * 10^13), in random order.
write("secret/15-large-path", N, shuffled(N, [[i, i + 1, W] for i in range(N - 1)] + [[0, 0, 0]]), (N - 1) * W)
# Large: a star with random costs, and extra dearer lines that Kruskal must skip.
star = [[0, i, random.randint(0, W // 2)] for i in range(1, N // 2)]
extra = [[random.randrange(1, N // 2), random.randrange(1, N // 2), random.randint(W // 2, W)] for _ in range(M - N // 2 + 1)]
write("secret/16-large-star", N // 2, shuffled(N // 2, star + extra))
# Large: random lines over few huts (many loops), connected.
write("secret/17-large-dense", 2000, [[random.randrange(2000), random.randrange(2000), random.randint(0, W)] for _ in range(M)])
# Large: all huts but one joined; the last hut has no line.
lines = [[i, random.randrange(i), random.randint(0, W)] for i in range(1, N - 1)]
write("secret/18-large-one-cut-off", N, shuffled(N, lines), -1)
