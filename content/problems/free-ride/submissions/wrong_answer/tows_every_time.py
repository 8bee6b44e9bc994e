# Lets the tow be taken from the "voucher used" layer too: the voucher is spent more than once.
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
    best = [[inf, inf] for _ in range(n + 1)]
    best[1][0] = 0
    queue = [(0, 1, 0)]
    while queue:
        d, hut, used = heapq.heappop(queue)
        if d > best[hut][used]:
            continue
        for nxt, w in graph[hut]:
            for nd, nused in ((d + w, used), (d, 1)):
                if nd < best[nxt][nused]:
                    best[nxt][nused] = nd
                    heapq.heappush(queue, (nd, nxt, nused))
    result = min(best[n])
    print(-1 if result == inf else result)


main()
