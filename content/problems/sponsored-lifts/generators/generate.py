"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys
from collections import deque

random.seed(83)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N, M, C = 400, 1600, 10**9


def answer(n, lifts):
    """Bellman-Ford from station 1, then every station reachable from a still-improving one is -inf."""
    dist = [None] * (n + 1)
    dist[1] = 0
    for _ in range(n - 1):
        changed = False
        for a, b, c in lifts:
            if dist[a] is not None and (dist[b] is None or dist[a] + c < dist[b]):
                dist[b] = dist[a] + c
                changed = True
        if not changed:
            break
    graph = [[] for _ in range(n + 1)]
    for a, b, _ in lifts:
        graph[a].append(b)
    endless = [False] * (n + 1)
    queue = deque()
    for a, b, c in lifts:
        if dist[a] is not None and dist[a] + c < dist[b] and not endless[b]:
            endless[b] = True
            queue.append(b)
    while queue:
        u = queue.popleft()
        for v in graph[u]:
            if not endless[v]:
                endless[v] = True
                queue.append(v)
    return ["-inf" if endless[v] else "unreachable" if dist[v] is None else str(dist[v]) for v in range(1, n + 1)]


def write(path, n, lifts, expected=None):
    got = answer(n, lifts)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d %d\n" % (n, len(lifts)) + "".join("%d %d %d\n" % t for t in lifts))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("\n".join(got) + "\n")


def shuffled(n, lifts):
    names = [0, 1] + random.sample(range(2, n + 1), n - 1)
    lifts = [(names[a], names[b], c) for a, b, c in lifts]
    random.shuffle(lifts)
    return lifts


def no_negative_cycle(n, m, spread):
    """Costs c = w + p[a] - p[b] with w >= 0: negative lifts, but every cycle costs >= 0."""
    p = [0] + [random.randint(-spread, spread) for _ in range(n)]
    lifts = []
    for _ in range(m):
        a, b = random.randint(1, n), random.randint(1, n)
        c = random.randint(0, C // 10) + p[a] - p[b]
        assert abs(c) <= C
        lifts.append((a, b, c))
    return lifts


write("sample/1", 4, [(1, 2, 5), (2, 3, -3), (1, 3, 4), (3, 4, 2)], ["0", "5", "2", "4"])
write("sample/2", 5, [(1, 2, 1), (2, 3, -2), (3, 2, 1), (3, 4, 7), (5, 1, -9)], ["0", "-inf", "-inf", "-inf", "unreachable"])
write("secret/01-one-station", 1, [], ["0"])
# A sponsored lift from the start back to itself: the start itself has no lowest cost.
write("secret/02-start-on-a-loop", 1, [(1, 1, -1)], ["-inf"])
write("secret/03-paid-loop", 2, [(1, 1, 5), (1, 2, 3), (2, 2, 0)], ["0", "3"])
# A loop costing exactly 0 is not a way to earn credits.
write("secret/04-free-loop", 3, [(1, 2, 4), (2, 3, -6), (3, 2, 6), (3, 1, 2)], ["0", "4", "-2"])
# An earning loop that cannot be reached from station 1 changes nothing.
write("secret/05-loop-out-of-reach", 5, [(1, 2, 2), (3, 4, -5), (4, 3, 1), (4, 5, 1)], ["0", "2", "unreachable", "unreachable", "unreachable"])
# A station out of reach with a sponsored lift onward: "unreachable" plus a negative cost is not a cost.
write("secret/06-negative-lift-from-nowhere", 4, [(3, 2, -7), (1, 2, 10), (3, 4, -1)], ["0", "10", "unreachable", "unreachable"])
write("secret/07-twin-lifts", 3, [(1, 2, 5), (1, 2, -5), (2, 3, 1), (2, 3, 0)], ["0", "-5", "-5"])
# Negative lifts: the cheapest route is not the one Dijkstra settles first.
write("secret/08-dijkstra-trap", 4, [(1, 2, 1), (1, 3, 5), (3, 2, -10), (2, 4, 1)], ["0", "-5", "5", "-4"])
# An earning loop, then a long tail listed in order: after n - 1 rounds the whole tail is consistent
# with station 3, so one extra round finds only station 3 still improving; all of 2..12 are -inf.
tail = [(i, i + 1, 1) for i in range(3, 12)]
write("secret/09-loop-then-tail", 12, [(1, 2, 1), (2, 3, -1), (3, 2, -1)] + tail, ["0"] + ["-inf"] * 11)
for i in range(6):
    n = random.randint(2, 9)
    lifts = no_negative_cycle(n, random.randint(2 * n, 4 * n), 1000) if i < 3 else [
        (random.randint(1, n), random.randint(1, n), random.randint(-10, 30)) for _ in range(random.randint(n, 3 * n))
    ]
    write("secret/%02d-small-random" % (10 + i), n, lifts)
# Large: a chain of 400 stations listed backwards (Bellman-Ford needs every round), dearest lifts:
# 399 * 10^9 credits, far past 32 bits; and the same with the most generous sponsorships.
chain = [(i, i + 1, C) for i in range(1, N)][::-1]
write("secret/16-large-chain-dear", N, chain)
write("secret/17-large-chain-sponsored", N, [(a, b, -C) for a, b, _ in chain])
# Large: every pair among 40 stations, both ways (1560 lifts), negative lifts but no earning loop.
p = [0] + [random.randint(-C // 4, C // 4) for _ in range(40)]
complete = [(a, b, random.randint(0, C // 4) + p[a] - p[b]) for a in range(1, 41) for b in range(1, 41) if a != b]
write("secret/18-complete-no-loop", 40, shuffled(40, complete))
# Large: random lifts with negative costs but no earning loop; then one lift added that closes one.
lifts = no_negative_cycle(N, M - 1, 2 * C // 5)
write("secret/19-large-random-no-loop", N, shuffled(N, lifts))
write("secret/20-large-random-one-loop", N, shuffled(N, lifts + [(lifts[0][1], lifts[0][0], -C)]))
