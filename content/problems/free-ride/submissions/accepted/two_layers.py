# Dijkstra over (hut, voucher used?) states: a trail either costs its minutes, or, from an unused
# state, nothing and moves to the used layer.
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        graph[u].append((v, w))
        graph[v].append((u, w))
    inf = float("inf")
    kept = [inf] * (n + 1)
    used = [inf] * (n + 1)
    kept[1] = 0
    queue = [(0, 1, False)]
    while queue:
        d, hut, spent = heapq.heappop(queue)
        if d > (used[hut] if spent else kept[hut]):
            continue
        for nxt, w in graph[hut]:
            if spent:
                if d + w < used[nxt]:
                    used[nxt] = d + w
                    heapq.heappush(queue, (d + w, nxt, True))
            else:
                if d + w < kept[nxt]:
                    kept[nxt] = d + w
                    heapq.heappush(queue, (d + w, nxt, False))
                if d < used[nxt]:
                    used[nxt] = d
                    heapq.heappush(queue, (d, nxt, True))
    best = min(kept[n], used[n])
    print(-1 if best == inf else best)


main()
