# O(n^2): picks the next hut by scanning every hut for the smallest unsettled time (no heap).
# secret 20-large-star: 10^5 huts all settled before hut n, ~10^10 steps.
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
    dist = [inf] * (n + 1)
    parent = [0] * (n + 1)
    done = [False] * (n + 1)
    dist[1] = 0
    while True:
        u, best = 0, inf
        for v in range(1, n + 1):
            if not done[v] and dist[v] < best:
                u, best = v, dist[v]
        if u == 0 or u == n:
            break
        done[u] = True
        for v, w in graph[u]:
            if best + w < dist[v]:
                dist[v] = best + w
                parent[v] = u
    if dist[n] == inf:
        print(-1)
        return
    route = [n]
    while route[-1] != 1:
        route.append(parent[route[-1]])
    print(dist[n], len(route))
    print(" ".join(map(str, reversed(route))))


main()
