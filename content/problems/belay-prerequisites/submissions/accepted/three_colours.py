# Iterative three-colour DFS: reversed post-order is an order; an edge to a grey course is a cycle,
# read off the parent pointers of the current path.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = [[] for _ in range(n + 1)]
    for i in range(m):
        graph[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
    colour = [0] * (n + 1)  # 0 white, 1 grey (on the path), 2 black (finished)
    parent = [0] * (n + 1)
    nxt = [0] * (n + 1)  # index of the next rule to follow from each course
    done = []
    for start in range(1, n + 1):
        if colour[start]:
            continue
        colour[start] = 1
        stack = [start]
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
                cycle.reverse()  # from v down the path to u; the rule u v closes it
                sys.stdout.write("CYCLE %d\n%s\n" % (len(cycle), " ".join(map(str, cycle))))
                return
            if colour[v] == 0:
                colour[v] = 1
                parent[v] = u
                stack.append(v)
    done.reverse()
    sys.stdout.write("ORDER\n" + " ".join(map(str, done)) + "\n")


main()
