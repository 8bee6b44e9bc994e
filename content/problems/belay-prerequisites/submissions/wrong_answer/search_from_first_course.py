# Mistake: one depth-first search from course 1 only; courses it cannot reach are never placed, and
# a cycle elsewhere is never seen. Caught by secret 08-separate-parts.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = [[] for _ in range(n + 1)]
    for i in range(m):
        graph[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
    colour = [0] * (n + 1)
    parent = [0] * (n + 1)
    nxt = [0] * (n + 1)
    done = []
    colour[1] = 1
    stack = [1]
    while stack:
        u = stack[-1]
        if nxt[u] == len(graph[u]):
            stack.pop()
            colour[u] = 2
            done.append(u)
            continue
        v = graph[u][nxt[u]]
        nxt[u] += 1
        if colour[v] == 1:
            cycle = [u]
            while cycle[-1] != v:
                cycle.append(parent[cycle[-1]])
            cycle.reverse()
            print("CYCLE %d\n%s" % (len(cycle), " ".join(map(str, cycle))))
            return
        if colour[v] == 0:
            colour[v] = 1
            parent[v] = u
            stack.append(v)
    print("ORDER\n" + " ".join(map(str, reversed(done))))


main()
