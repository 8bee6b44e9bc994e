# Mistake: a recursive DFS under Python's default recursion limit (1000): RecursionError on
# secret 26-large-chain, 10^5 courses deep. (The logic is otherwise right.)
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = [[] for _ in range(n + 1)]
    for i in range(m):
        graph[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
    colour = [0] * (n + 1)
    path = []
    done = []

    def visit(u):
        colour[u] = 1
        path.append(u)
        for v in graph[u]:
            if colour[v] == 1:
                return path[path.index(v) :]
            if colour[v] == 0:
                found = visit(v)
                if found:
                    return found
        path.pop()
        colour[u] = 2
        done.append(u)
        return None

    for u in range(1, n + 1):
        if colour[u] == 0:
            cycle = visit(u)
            if cycle:
                print("CYCLE %d\n%s" % (len(cycle), " ".join(map(str, cycle))))
                return
    print("ORDER\n" + " ".join(map(str, reversed(done))))


main()
