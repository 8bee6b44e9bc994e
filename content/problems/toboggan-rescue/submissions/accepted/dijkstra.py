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
    unreachable = float("inf")
    dist = [unreachable] * (n + 1)
    parent = [0] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue  # a stale entry: u was settled with a smaller time
        for v, w in graph[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                parent[v] = u  # always together with the distance
                heapq.heappush(heap, (d + w, v))
    if dist[n] == unreachable:
        print(-1)
        return
    route = [n]
    while route[-1] != 1:
        route.append(parent[route[-1]])
    route.reverse()
    print(dist[n], len(route))
    print(" ".join(map(str, route)))


main()
