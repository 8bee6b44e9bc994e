# Mistake: breadth-first search: a hut's time is fixed by the first route found, the one with the
# fewest links. Caught by sample 1 (hut 1 over the direct 10-second link).
from collections import deque


def solve(n, links):
    graph = [[] for _ in range(n)]
    for a, b, t in links:
        graph[a].append((b, t))
    time = [-1] * n
    time[0] = 0
    queue = deque([0])
    while queue:
        u = queue.popleft()
        for v, t in graph[u]:
            if time[v] < 0:
                time[v] = time[u] + t
                queue.append(v)
    return time
