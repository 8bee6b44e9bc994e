# Treats a state as final the first time it is reached (as in a plain BFS): a later, shorter way to
# it is ignored.
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
    best = {(1, 0): 0}
    queue = [(0, 1, 0)]
    while queue:
        d, hut, used = heapq.heappop(queue)
        for nxt, w in graph[hut]:
            for nd, nused in ((d + w, used), (d, 1)) if not used else ((d + w, 1),):
                if (nxt, nused) not in best:
                    best[(nxt, nused)] = nd
                    heapq.heappush(queue, (nd, nxt, nused))
    results = [best[(n, used)] for used in (0, 1) if (n, used) in best]
    print(min(results) if results else -1)


main()
