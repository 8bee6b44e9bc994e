# Mistake: BFS for the route with the fewest passes, then its highest pass. Caught by sample 1.
from collections import deque


def solve(n, passes, start, goal):
    graph = [[] for _ in range(n)]
    for a, b, h in passes:
        graph[a].append((b, h))
        graph[b].append((a, h))
    top = {start: 0}
    queue = deque([start])
    while queue:
        u = queue.popleft()
        if u == goal:
            return top[u]
        for v, h in graph[u]:
            if v not in top:
                top[v] = max(top[u], h)
                queue.append(v)
    return -1
