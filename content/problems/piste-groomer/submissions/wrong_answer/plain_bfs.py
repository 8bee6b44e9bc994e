# Mistake: plain BFS, counting the fresh runs along the route with the fewest runs. Caught by sample 1.
from collections import deque


def solve(n, runs):
    graph = [[] for _ in range(n)]
    for a, b, w in runs:
        graph[a].append((b, w))
    dist = [-1] * n
    dist[0] = 0
    queue = deque([0])
    while queue:
        u = queue.popleft()
        for v, w in graph[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + w
                queue.append(v)
    return dist[n - 1]
