# Mistake: one "visited" flag instead of three colours, so meeting a finished course (two routes that
# merge) is taken for a cycle. Caught by sample 1 (course 2 is reached from 1 and from 3).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = [[] for _ in range(n + 1)]
    for i in range(m):
        graph[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
    visited = [False] * (n + 1)
    parent = [0] * (n + 1)
    nxt = [0] * (n + 1)
    done = []
    for start in range(1, n + 1):
        if visited[start]:
            continue
        visited[start] = True
        stack = [start]
        while stack:
            u = stack[-1]
            if nxt[u] == len(graph[u]):
                stack.pop()
                done.append(u)
                continue
            v = graph[u][nxt[u]]
            nxt[u] += 1
            if visited[v]:
                cycle = [u]
                while cycle[-1] != v and cycle[-1] != 0:
                    cycle.append(parent[cycle[-1]])
                cycle.reverse()
                print("CYCLE %d\n%s" % (len(cycle), " ".join(map(str, cycle))))
                return
            visited[v] = True
            parent[v] = u
            stack.append(v)
    print("ORDER\n" + " ".join(map(str, reversed(done))))


main()
