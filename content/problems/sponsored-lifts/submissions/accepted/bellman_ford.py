import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    lifts = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    dist = [None] * (n + 1)  # None: unreachable (never a number that a cost could be added to)
    dist[1] = 0
    for _ in range(n - 1):
        changed = False
        for a, b, c in lifts:
            da = dist[a]
            if da is not None:
                db = dist[b]
                if db is None or da + c < db:
                    dist[b] = da + c
                    changed = True
        if not changed:
            break
    graph = [[] for _ in range(n + 1)]
    for a, b, _ in lifts:
        graph[a].append(b)
    endless = [False] * (n + 1)
    queue = deque()
    for a, b, c in lifts:  # one more round: whatever still improves lies after an earning loop
        if dist[a] is not None and dist[a] + c < dist[b] and not endless[b]:
            endless[b] = True
            queue.append(b)
    while queue:  # and so does everything reachable from it
        u = queue.popleft()
        for v in graph[u]:
            if not endless[v]:
                endless[v] = True
                queue.append(v)
    out = []
    for v in range(1, n + 1):
        out.append("-inf" if endless[v] else "unreachable" if dist[v] is None else str(dist[v]))
    print("\n".join(out))


main()
