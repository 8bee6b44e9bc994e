# Mistake: skips a rule `a a` as meaningless, so a course required before itself looks fine.
# Caught by secret 02-one-course-before-itself.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = [[] for _ in range(n + 1)]
    indegree = [0] * (n + 1)
    reverse = [[] for _ in range(n + 1)]
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if a == b:
            continue
        graph[a].append(b)
        reverse[b].append(a)
        indegree[b] += 1
    queue = deque(u for u in range(1, n + 1) if indegree[u] == 0)
    order = []
    while queue:
        u = queue.popleft()
        order.append(u)
        for v in graph[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                queue.append(v)
    if len(order) == n:
        print("ORDER\n" + " ".join(map(str, order)))
        return
    u = next(x for x in range(1, n + 1) if indegree[x] > 0)
    seen_at, walk = {}, []
    while u not in seen_at:
        seen_at[u] = len(walk)
        walk.append(u)
        u = next(p for p in reverse[u] if indegree[p] > 0)
    cycle = walk[seen_at[u] :][::-1]
    print("CYCLE %d\n%s" % (len(cycle), " ".join(map(str, cycle))))


main()
