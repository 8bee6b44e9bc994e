# Dijkstra whose "priority queue" is a dict of tentative distances, taking min() over it each step:
# O(frontier) per step, so O(n^2) once the frontier is wide (a hut with 10^5 trails).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        graph[u].append((v, w))
        graph[v].append((u, w))
    frontier = {(1, 0): 0}  # (hut, voucher used) -> tentative minutes
    done = set()
    while frontier:
        state = min(frontier, key=frontier.get)
        d = frontier.pop(state)
        done.add(state)
        hut, used = state
        if hut == n:
            print(d)
            return
        for nxt, w in graph[hut]:
            for nd, nused in ((d + w, used), (d, 1)) if not used else ((d + w, 1),):
                key = (nxt, nused)
                if key not in done and nd < frontier.get(key, float("inf")):
                    frontier[key] = nd
    print(-1)


main()
