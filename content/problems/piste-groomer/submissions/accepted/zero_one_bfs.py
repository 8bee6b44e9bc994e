from collections import deque


def solve(n, runs):
    graph = [[] for _ in range(n)]
    for a, b, fresh in runs:
        graph[a].append((b, fresh))
    unseen = n + 1  # more fresh runs than any route can have
    dist = [unseen] * n
    dist[0] = 0
    queue = deque([0])
    while queue:
        u = queue.popleft()
        for v, w in graph[u]:
            if dist[u] + w < dist[v]:  # a distance may still drop after v was first reached
                dist[v] = dist[u] + w
                if w == 0:
                    queue.appendleft(v)  # as close as u: served before the farther ones
                else:
                    queue.append(v)
    return -1 if dist[n - 1] == unseen else dist[n - 1]
