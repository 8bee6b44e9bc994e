import heapq


def solve(n, links):
    graph = [[] for _ in range(n)]
    for a, b, t in links:
        graph[a].append((b, t))
    time = [None] * n  # None: not reached (yet)
    time[0] = 0
    heap = [(0, 0)]
    while heap:
        now, u = heapq.heappop(heap)
        if now > time[u]:
            continue  # a stale entry: u was reached sooner
        for v, t in graph[u]:
            if time[v] is None or now + t < time[v]:
                time[v] = now + t
                heapq.heappush(heap, (now + t, v))
    return [-1 if x is None else x for x in time]
