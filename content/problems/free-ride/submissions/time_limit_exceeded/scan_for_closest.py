# Dijkstra without a priority queue: scans every state for the closest unfinished one, O(n^2).
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
    dist = [inf] * (2 * n + 2)  # hut v with the voucher: v; spent: v + n
    done = [False] * (2 * n + 2)
    dist[1] = 0
    while True:
        state, best = -1, inf
        for s in range(1, 2 * n + 1):
            if not done[s] and dist[s] < best:
                state, best = s, dist[s]
        if state < 0:
            break
        done[state] = True
        spent = state > n
        hut = state - n if spent else state
        for nxt, w in graph[hut]:
            target = nxt + n if spent else nxt
            dist[target] = min(dist[target], best + w)
            if not spent:
                dist[nxt + n] = min(dist[nxt + n], best)
    answer = min(dist[n], dist[2 * n])
    print(-1 if answer == inf else answer)


main()
