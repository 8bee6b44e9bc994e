# Mistake: `<=` in the extra round, so a loop that costs exactly 0 looks like an earning loop.
# Caught by sample 1: with `<=`, every lift on a cheapest ride "still improves" its end.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    lifts = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    dist = [None] * (n + 1)
    dist[1] = 0
    for _ in range(n - 1):
        for a, b, c in lifts:
            if dist[a] is not None and (dist[b] is None or dist[a] + c < dist[b]):
                dist[b] = dist[a] + c
    graph = [[] for _ in range(n + 1)]
    for a, b, _ in lifts:
        graph[a].append(b)
    endless = [False] * (n + 1)
    queue = deque()
    for a, b, c in lifts:
        if dist[a] is not None and dist[a] + c <= dist[b] and not endless[b]:
            endless[b] = True
            queue.append(b)
    while queue:
        u = queue.popleft()
        for v in graph[u]:
            if not endless[v]:
                endless[v] = True
                queue.append(v)
    print("\n".join("-inf" if endless[v] else "unreachable" if dist[v] is None else str(dist[v]) for v in range(1, n + 1)))


main()
