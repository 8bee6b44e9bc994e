# Mistake: Dijkstra's algorithm, which settles a station before a sponsored lift makes it cheaper
# (and never notices an earning loop). Caught by sample 1 (station 3 is settled at 4, not 2).
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = [[] for _ in range(n + 1)]
    for i in range(m):
        graph[int(data[2 + 3 * i])].append((int(data[3 + 3 * i]), int(data[4 + 3 * i])))
    dist = [None] * (n + 1)
    done = [False] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heapq.heappop(heap)
        if done[u]:
            continue
        done[u] = True
        for v, c in graph[u]:
            if not done[v] and (dist[v] is None or d + c < dist[v]):
                dist[v] = d + c
                heapq.heappush(heap, (d + c, v))
    print("\n".join("unreachable" if d is None else str(d) for d in dist[1:]))


main()
