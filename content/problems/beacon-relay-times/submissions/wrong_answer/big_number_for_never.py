# Mistake: "never" is a large number that is returned as it is, instead of -1. Caught by sample 2.
import heapq


def solve(n, links):
    never = 10**18
    graph = [[] for _ in range(n)]
    for a, b, t in links:
        graph[a].append((b, t))
    time = [never] * n
    time[0] = 0
    heap = [(0, 0)]
    while heap:
        now, u = heapq.heappop(heap)
        if now > time[u]:
            continue
        for v, t in graph[u]:
            if now + t < time[v]:
                time[v] = now + t
                heapq.heappush(heap, (now + t, v))
    return time
