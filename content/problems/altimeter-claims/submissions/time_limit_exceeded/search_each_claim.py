# O(k^2): for each claim, a BFS over the earlier claims computes the implied difference (if any).
# secret 16-large-chain: 2 * 10^4 searches along a chain of up to 2 * 10^4 huts.
from collections import deque


def solve(n, claims):
    graph = [[] for _ in range(n)]
    for i, (a, b, d) in enumerate(claims):
        height = {a: 0}
        queue = deque([a])
        while queue and b not in height:
            u = queue.popleft()
            for v, w in graph[u]:
                if v not in height:
                    height[v] = height[u] + w
                    queue.append(v)
        if b in height and height[b] != d:
            return i
        graph[a].append((b, d))
        graph[b].append((a, -d))
    return -1
