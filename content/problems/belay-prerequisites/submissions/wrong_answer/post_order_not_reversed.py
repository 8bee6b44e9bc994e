# Mistake: prints the post-order as it is: every course comes after the courses it leads to.
# Caught by sample 1.
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
                cycle.reverse()
                print("CYCLE %d\n%s" % (len(cycle), " ".join(map(str, cycle))))
                return
            if colour[v] == 0:
                colour[v] = 1
                parent[v] = u
                stack.append(v)
    print("ORDER\n" + " ".join(map(str, done)))


main()
