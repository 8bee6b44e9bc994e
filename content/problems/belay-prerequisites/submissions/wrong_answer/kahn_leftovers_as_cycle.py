# Mistake: Kahn's algorithm, and when courses are left over it prints all of them as the cycle. The
# courses only blocked by the cycle are not on it. Caught by sample 2 (course 5 is left over too).
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = [[] for _ in range(n + 1)]
    indegree = [0] * (n + 1)
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        graph[a].append(b)
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
    else:
        left = [u for u in range(1, n + 1) if indegree[u] > 0]
        print("CYCLE %d\n%s" % (len(left), " ".join(map(str, left))))


main()
