"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys
from collections import deque

random.seed(73)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N, M = 20000, 50000


def answer(n, runs):
    graph = [[] for _ in range(n)]
    for a, b, w in runs:
        graph[a].append((b, w))
    inf = float("inf")
    dist = [inf] * n
    dist[0] = 0
    queue = deque([0])
    while queue:
        u = queue.popleft()
        for v, w in graph[u]:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                (queue.appendleft if w == 0 else queue.append)(v)
    return -1 if dist[n - 1] == inf else dist[n - 1]


def write(path, n, runs, expected=None):
    got = answer(n, runs)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([n, runs], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def relabel(n, runs):
    """Random junction numbers (0 and n - 1 stay), runs in random order."""
    middle = list(range(1, n - 1))
    random.shuffle(middle)
    name = [0] + middle + [n - 1] if n > 1 else [0]
    runs = [[name[a], name[b], w] for a, b, w in runs]
    random.shuffle(runs)
    return runs


def random_runs(n, m, fresh):
    return [[random.randrange(n), random.randrange(n), 1 if random.random() < fresh else 0] for _ in range(m)]


write("sample/1", 4, [[0, 3, 1], [0, 1, 0], [1, 2, 0], [2, 3, 0]], 0)
write("sample/2", 3, [[0, 1, 1], [2, 1, 0], [1, 0, 0]], -1)
write("sample/3", 3, [[0, 1, 1], [1, 2, 1], [0, 2, 1]], 1)
write("secret/01-already-there", 1, [], 0)
write("secret/02-already-there-loops", 1, [[0, 0, 1], [0, 0, 0]], 0)
write("secret/03-no-runs", 2, [], -1)
write("secret/04-one-fresh-run", 2, [[0, 1, 1]], 1)
# One-way: the only run points the wrong way.
write("secret/05-wrong-way", 2, [[1, 0, 0]], -1)
write("secret/06-twin-runs", 2, [[0, 1, 1], [0, 1, 0], [0, 1, 1]], 0)
# Junction 1 is first reached by a fresh run, then more cheaply by a groomed detour via 2.
# Marking it done on first sight keeps the fresh run.
write("secret/07-cheaper-later", 4, [[0, 1, 1], [0, 2, 0], [2, 1, 0], [1, 3, 0]], 0)
write("secret/08-cheaper-later-deep", 6, [[0, 1, 1], [0, 2, 0], [2, 3, 0], [3, 4, 0], [4, 1, 0], [1, 5, 1]], 1)
write("secret/09-loop-on-route", 3, [[0, 1, 0], [1, 1, 1], [1, 2, 1]], 1)
for i in range(6):
    n = random.randint(2, 12)
    write("secret/%02d-small-random" % (10 + i), n, random_runs(n, random.randint(0, 30), 0.5))
# Large: a groomed chain through every junction, listed backwards, and one fresh shortcut 0 -> n - 1.
# Plain BFS takes the shortcut (1); Bellman-Ford needs a round per junction of the chain.
chain = [[i, i + 1, 0] for i in range(N - 1)]
write("secret/16-large-groomed-chain", N, chain[::-1] + [[0, N - 1, 1]], 0)
# Large: the longest possible answer: every run of a chain fresh.
write("secret/17-large-fresh-chain", N, relabel(N, [[i, i + 1, 1] for i in range(N - 1)]), N - 1)
# Large: a star of junctions around 0, and the hut out of reach.
write("secret/18-large-unreachable", N, relabel(N, [[0, i, random.randint(0, 1)] for i in range(1, N - 1)] + [[N - 1, 0, 0]]), -1)
# Large: layers of junctions where each layer is cheaper to reach by a longer groomed detour.
layers = []
width = 4
count = M // (3 * width)
for layer in range(count):
    base = layer * width
    for j in range(width):
        layers.append([base + j, base + width + (j + 1) % width, 1])
        layers.append([base + j, base + j + width, 0 if random.random() < 0.7 else 1])
        layers.append([base + j, base + (j + 1) % width, random.randint(0, 1)])
write("secret/19-large-layers", (count + 1) * width, relabel((count + 1) * width, layers))
write("secret/20-large-random", N, random_runs(N, M, 0.5))
