"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].
Each .ans is the least time and one fastest route; the checker takes only the time from it."""
import heapq
import os
import random
import sys

random.seed(79)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N, M, W = 100000, 100000, 10**9


def answer(n, trails):
    graph = [[] for _ in range(n + 1)]
    for u, v, w in trails:
        graph[u].append((v, w))
        graph[v].append((u, w))
    dist = [None] * (n + 1)
    parent = [0] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            if dist[v] is None or d + w < dist[v]:
                dist[v] = d + w
                parent[v] = u
                heapq.heappush(heap, (d + w, v))
    if dist[n] is None:
        return "-1"
    route = [n]
    while route[-1] != 1:
        route.append(parent[route[-1]])
    return "%d %d\n%s" % (dist[n], len(route), " ".join(map(str, reversed(route))))


def write(path, n, trails, expected=None):
    got = answer(n, trails)
    if expected is not None:
        assert got.split()[0] == str(expected), (path, got[:30], expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d %d\n" % (n, len(trails)) + "".join("%d %d %d\n" % t for t in trails))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(got + "\n")


def relabel(n, trails):
    """Random hut numbers (1 and n stay), trails in random order and direction."""
    middle = list(range(2, n))
    random.shuffle(middle)
    name = [0, 1] + middle + [n] if n > 1 else [0, 1]
    trails = [(name[u], name[v], w) if random.random() < 0.5 else (name[v], name[u], w) for u, v, w in trails]
    random.shuffle(trails)
    return trails


def random_trails(n, m, wmax):
    return [(random.randint(1, n), random.randint(1, n), random.randint(1, wmax)) for _ in range(m)]


write("sample/1", 5, [(1, 2, 7), (1, 3, 2), (3, 4, 3), (4, 2, 1), (2, 5, 4), (4, 5, 9)], 10)
write("sample/2", 4, [(1, 2, 5), (3, 4, 1)], -1)
write("secret/01-one-hut", 1, [], 0)
write("secret/02-one-hut-loop", 1, [(1, 1, 5)], 0)
write("secret/03-no-trails", 2, [], -1)
write("secret/04-twin-trails", 2, [(1, 2, 9), (2, 1, 4), (1, 2, 6)], 4)
write("secret/05-loops-on-route", 3, [(1, 1, 1), (1, 2, 3), (2, 2, 1), (2, 3, 3), (3, 3, 2)], 6)
# Trails are two-way: the only route uses them against the order they are listed in.
write("secret/06-listed-backwards", 4, [(2, 1, 1), (3, 2, 1), (4, 3, 1)], 3)
# More trails, less time: fewest trails is not fastest.
write("secret/07-long-way-round", 5, [(1, 5, 100), (1, 2, 1), (2, 3, 1), (3, 4, 1), (4, 5, 1)], 4)
# Hut 3 is first reached over a slow trail, later over a fast detour: settling it on first sight
# keeps the slow one, and a parent pointer set only on first sight gives a route of the wrong length.
write("secret/08-better-later", 4, [(1, 3, 10), (1, 2, 1), (2, 3, 1), (3, 4, 1)], 3)
# Three trails of 10^9: 3 * 10^9 does not fit in 32 bits.
write("secret/09-past-32-bits", 4, [(1, 2, W), (2, 3, W), (3, 4, W)], 3 * W)
write("secret/10-heaviest-single", 2, [(1, 2, W)], W)
for i in range(6):
    n = random.randint(2, 12)
    write("secret/%02d-small-random" % (11 + i), n, random_trails(n, random.randint(0, 25), random.choice([10, W])))
# A long chain of the heaviest trails: 3 * 10^12 minutes, past an "unreachable" of 10^12.
write("secret/17-heavy-chain", 3001, relabel(3001, [(i, i + 1, W) for i in range(1, 3001)]), 3000 * W)
# Medium random trails with weights 1..10^9 (many distances past 2^31).
write("secret/18-random", 20000, random_trails(20000, 30000, W))
write("secret/19-random-small-weights", 20000, random_trails(20000, 30000, 3))
# Large: a star around hut 1 (10^5 huts, the most trails), hut n behind the slowest spoke, so every hut is settled first. Choosing the next
# hut by scanning every hut is 10^10 steps.
star = [(1, v, random.randint(1, 8)) for v in range(2, N - 1)] + [(1, N - 1, 9), (N - 1, N, 1), (1, 1, 1)]
write("secret/20-large-star", N, star)
