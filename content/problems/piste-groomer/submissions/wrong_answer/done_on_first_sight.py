# Mistake: a deque as in 0-1 BFS, but a junction is final the first time it is reached, so a cheaper
# groomed detour found later is ignored. Caught by secret 07-cheaper-later.
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
                if w == 0:
                    queue.appendleft(v)
                else:
                    queue.append(v)
    return dist[n - 1]
