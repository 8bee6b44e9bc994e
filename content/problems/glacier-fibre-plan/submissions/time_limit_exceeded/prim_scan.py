# O(n^2): Prim's algorithm choosing the next station by scanning all stations (no heap).
# secret 17-large-path: 10^5 stations, ~10^10 steps.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        graph[u].append((v, w, i + 1))
        graph[v].append((u, w, i + 1))
    inf = float("inf")
    best = [inf] * (n + 1)
    via = [0] * (n + 1)
    inside = [False] * (n + 1)
    best[1] = 0
    total, chosen = 0, []
    for _ in range(n):
        u = min((x for x in range(1, n + 1) if not inside[x]), key=best.__getitem__)
        if best[u] == inf:
            print("IMPOSSIBLE")
            return
        inside[u] = True
        total += best[u]
        if via[u]:
            chosen.append(via[u])
        for v, w, i in graph[u]:
            if not inside[v] and w < best[v]:
                best[v], via[v] = w, i
    print(total)
    print(" ".join(map(str, chosen)))


main()
