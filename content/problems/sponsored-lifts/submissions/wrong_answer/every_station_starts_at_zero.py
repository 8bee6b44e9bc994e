# Mistake: starts every station at cost 0 (the "virtual source" trick for detecting any negative
# cycle), so an earning loop out of reach of station 1 marks its stations -inf and unreachable
# stations get costs. Caught by sample 1 (station 2 costs 0 from the start instead of 5).
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    lifts = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    dist = [0] * (n + 1)
    for _ in range(n - 1):
        for a, b, c in lifts:
            if dist[a] + c < dist[b]:
                dist[b] = dist[a] + c
    graph = [[] for _ in range(n + 1)]
    for a, b, _ in lifts:
        graph[a].append(b)
    endless = [False] * (n + 1)
    queue = deque()
    for a, b, c in lifts:
        if dist[a] + c < dist[b] and not endless[b]:
            endless[b] = True
            queue.append(b)
    while queue:
        u = queue.popleft()
        for v in graph[u]:
            if not endless[v]:
                endless[v] = True
                queue.append(v)
    print("\n".join("-inf" if endless[v] else str(dist[v]) for v in range(1, n + 1)))


main()
