# O(n^2): looks for the next course without unfinished prerequisites by scanning all courses each time.
# secret 23-large-no-rules has 10^5 courses: ~5 * 10^9 checks.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = [[] for _ in range(n + 1)]
    reverse = [[] for _ in range(n + 1)]
    indegree = [0] * (n + 1)
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        graph[a].append(b)
        reverse[b].append(a)
        indegree[b] += 1
    taken = [False] * (n + 1)
    order = []
    while len(order) < n:
        free = 0
        for u in range(1, n + 1):
            if not taken[u] and indegree[u] == 0:
                free = u
                break
        if free == 0:
            break
        taken[free] = True
        order.append(free)
        for v in graph[free]:
            indegree[v] -= 1
    if len(order) == n:
        print("ORDER\n" + " ".join(map(str, order)))
    else:  # walk back along left-over prerequisites until a course repeats
        u = next(x for x in range(1, n + 1) if not taken[x])
        seen_at, walk = {}, []
        while u not in seen_at:
            seen_at[u] = len(walk)
            walk.append(u)
            u = next(p for p in reverse[u] if not taken[p])
        cycle = walk[seen_at[u] :][::-1]
        print("CYCLE %d\n%s" % (len(cycle), " ".join(map(str, cycle))))


main()
