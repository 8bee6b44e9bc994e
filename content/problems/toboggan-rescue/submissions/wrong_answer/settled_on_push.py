# Mistake: a hut is settled when first pushed, so a faster detour found later is ignored.
# Caught by sample 1 (hut 2 is first reached over the 7-second trail).
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
    parent = [0] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, w in graph[u]:
            if dist[v] is None:
                dist[v] = d + w
                parent[v] = u
                heapq.heappush(heap, (d + w, v))
    if dist[n] is None:
        print(-1)
        return
    route = [n]
    while route[-1] != 1:
        route.append(parent[route[-1]])
    print(dist[n], len(route))
    print(" ".join(map(str, reversed(route))))


main()
