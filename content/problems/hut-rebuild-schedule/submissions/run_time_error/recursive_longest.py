# Mistake: a memoised recursive search for each task's earliest start, under Python's default
# recursion limit: RecursionError on secret 16-heavy-chain (5000 deep). (The logic is otherwise right.)
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    d = [0] + [int(x) for x in data[2 : 2 + n]]
    before = [[] for _ in range(n + 1)]
    after = [[] for _ in range(n + 1)]
    for i in range(m):
        a, b = int(data[2 + n + 2 * i]), int(data[3 + n + 2 * i])
        before[b].append(a)
        after[a].append(b)
    state = [0] * (n + 1)
    start = [0] * (n + 1)

    def earliest(v):
        if state[v] == 1:
            raise ValueError("circle")
        if state[v] == 0:
            state[v] = 1
            start[v] = max((earliest(p) + d[p] for p in before[v]), default=0)
            state[v] = 2
        return start[v]

    try:
        for v in range(1, n + 1):
            earliest(v)
    except ValueError:
        print("IMPOSSIBLE")
        return
    total = max(start[v] + d[v] for v in range(1, n + 1))
    latest = {}

    def latest_start(v):
        if v not in latest:
            latest[v] = min((latest_start(w) for w in after[v]), default=total) - d[v]
        return latest[v]

    critical = [v for v in range(1, n + 1) if latest_start(v) == start[v]]
    print(total)
    print(len(critical))
    print(" ".join(map(str, critical)))


main()
