"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import heapq
import json
import os
import random
import sys

random.seed(137)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N, M, T = 20000, 20000, 10**6


def answer(n, links):
    graph = [[] for _ in range(n)]
    for a, b, t in links:
        graph[a].append((b, t))
    time = [None] * n
    time[0] = 0
    heap = [(0, 0)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > time[u]:
            continue
        for v, t in graph[u]:
            if time[v] is None or d + t < time[v]:
                time[v] = d + t
                heapq.heappush(heap, (d + t, v))
    return [-1 if x is None else x for x in time]


def write(path, n, links, expected=None):
    got = answer(n, links)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([n, links], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", 4, [[0, 1, 10], [0, 2, 3], [2, 1, 4], [1, 3, 2]], [0, 7, 3, 9])
write("sample/2", 3, [[1, 0, 5], [0, 0, 1]], [0, -1, -1])
write("secret/01-one-hut", 1, [], [0])
write("secret/02-one-hut-loop", 1, [[0, 0, 7]], [0])
write("secret/03-no-links", 3, [], [0, -1, -1])
write("secret/04-twin-links", 2, [[0, 1, 9], [0, 1, 4], [1, 0, 0]], [0, 4])
write("secret/05-instant-links", 4, [[0, 1, 0], [1, 2, 0], [2, 3, 0]], [0, 0, 0, 0])
# More links, less time: BFS by links finds the slow direct link first.
write("secret/06-many-fast-links", 5, [[0, 4, 100], [0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1]], [0, 1, 2, 3, 4])
# Hut 2 is first pushed with a slow time, then lowered through hut 1.
write("secret/07-lowered-later", 4, [[0, 2, 50], [0, 1, 10], [1, 2, 10], [2, 3, 1]], [0, 10, 20, 21])
write("secret/08-slowest-link", 2, [[0, 1, T]], [0, T])
for i in range(6):
    n = random.randint(2, 10)
    write("secret/%02d-small-random" % (9 + i), n, [[random.randrange(n), random.randrange(n), random.randint(0, 20)] for _ in range(random.randint(0, 3 * n))])
# Large: a chain of slow links through every hut, listed backwards (Bellman-Ford needs a round per
# hut), the largest times (~2 * 10^10).
write("secret/15-large-chain", N, [[i, i + 1, T] for i in range(N - 1)][::-1] + [[N - 1, 0, 0]])
# Large: a star from hut 0: every hut is reached, and a scan for the next hut looks at all of them.
write("secret/16-large-star", N, [[0, i, random.randint(0, T)] for i in range(1, N)] + [[1, 1, 0]])
write("secret/17-large-random", N, [[random.randrange(N), random.randrange(N), random.randint(0, T)] for _ in range(M)])
