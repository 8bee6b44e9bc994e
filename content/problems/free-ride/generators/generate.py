"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import heapq
import os
import random
import sys

random.seed(9)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(n, trails):
    graph = [[] for _ in range(n + 1)]
    for u, v, w in trails:
        graph[u].append((v, w))
        graph[v].append((u, w))
    inf = float("inf")
    best = [[inf, inf] for _ in range(n + 1)]  # [voucher kept, voucher used]
    best[1][0] = 0
    queue = [(0, 1, 0)]
    while queue:
        d, hut, used = heapq.heappop(queue)
        if d > best[hut][used]:
            continue
        for nxt, w in graph[hut]:
            for nd, nused in ((d + w, used), (d, 1)) if not used else ((d + w, 1),):
                if nd < best[nxt][nused]:
                    best[nxt][nused] = nd
                    heapq.heappush(queue, (nd, nxt, nused))
    result = min(best[n])
    return -1 if result == inf else result


def write(path, n, trails, expected=None):
    got = answer(n, trails)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d %d\n" % (n, len(trails)))
        f.write("".join("%d %d %d\n" % t for t in trails))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write("%d\n" % got)


def random_graph(n, m, top):
    """A random tree (so everything is reachable) plus random extra trails."""
    trails = [(random.randint(1, v - 1), v, random.randint(1, top)) for v in range(2, n + 1)]
    while len(trails) < m:
        u, v = random.sample(range(1, n + 1), 2)
        trails.append((u, v, random.randint(1, top)))
    random.shuffle(trails)
    return trails


write("sample/1", 4, [(1, 2, 1), (2, 3, 1), (3, 4, 1), (1, 4, 5)], 0)
write("secret/01-one-hut", 1, [], 0)
write("secret/02-unreachable", 3, [(1, 2, 4)], -1)
write("secret/03-single-trail", 2, [(1, 2, 1000000)], 0)
# The best walk without the voucher (1-2-4, 2 + 2) is not where the voucher helps most (1-3-4).
write("secret/04-voucher-elsewhere", 4, [(1, 2, 2), (2, 4, 2), (1, 3, 1), (3, 4, 100)], 1)
write("secret/05-parallel-trails", 3, [(1, 2, 5), (1, 2, 3), (2, 3, 7), (2, 3, 9)], 3)
# A long chain of heavy trails: the answer needs more than 32 bits.
chain = [(v, v + 1, 10**6) for v in range(1, 5001)]
write("secret/06-long-chain", 5001, chain, 4999 * 10**6)
write("secret/07-small-random", 30, random_graph(30, 60, 50))
write("secret/08-large", 20000, random_graph(20000, 50000, 10**6))
# Both trails run "backwards" in the file: a search that follows trails only from u to v finds nothing.
write("secret/09-listed-backwards", 3, [(3, 2, 5), (2, 1, 7)], 5)


def chain_of(n, weight):
    """Huts 1..n on one chain in a shuffled order of trails."""
    trails = [(v, v + 1, weight) for v in range(1, n)]
    random.shuffle(trails)
    return trails


# The longest possible walk: 10^5 huts in a chain of 10^6-minute trails, ~10^11 minutes even with
# the tow. An "unreachable" sentinel of 10^10 (or 2^31) takes it for unreachable.
write("secret/10-max-chain", 10**5, chain_of(10**5, 10**6), (10**5 - 2) * 10**6)


def grid(rows, cols):
    """A rows x cols grid, numbered row by row: heavy random trails along the rows, light ones
    (1-10 minutes) between rows. A Bellman-Ford with a queue (SPFA) improves the huts of a row
    again and again and goes past the limit; Dijkstra does not care."""
    hut = lambda r, c: r * cols + c + 1
    trails = []
    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols:
                trails.append((hut(r, c), hut(r, c + 1), random.randint(1, 10**6)))
            if r + 1 < rows:
                trails.append((hut(r, c), hut(r + 1, c), random.randint(1, 10)))
    random.shuffle(trails)
    return trails


write("secret/11-max-grid-spfa-killer", 10 * 5000, grid(10, 5000))


def star(n):
    """Hut 1 joined to every hut but n, which hangs off a few of them: every hut waits in the queue
    at once, so picking the closest by scanning them all costs n steps each time."""
    trails = [(1, v, random.randint(1, 10**6)) for v in range(2, n)]
    trails += [(v, n, random.randint(1, 10**6)) for v in random.sample(range(2, n), 10**5 - len(trails))]
    random.shuffle(trails)
    return trails


write("secret/12-max-star", 10**5 - 10, star(10**5 - 10))
write("secret/13-max-random-sparse", 10**5, random_graph(10**5, 10**5, 10**6))
write("secret/14-max-random-dense", 2000, random_graph(2000, 10**5, 10**6))
