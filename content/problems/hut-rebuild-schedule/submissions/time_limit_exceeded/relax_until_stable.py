# O(n * m): raises start times along every rule, round after round, until nothing changes (and gives
# up after n rounds: a circle). secret 18-large-chain-backwards needs a round per task: 10^10 steps.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    d = [0] + [int(x) for x in data[2 : 2 + n]]
    rules = [(int(data[2 + n + 2 * i]), int(data[3 + n + 2 * i])) for i in range(m)]
    start = [0] * (n + 1)
    for _ in range(n + 1):
        changed = False
        for a, b in rules:
            if start[a] + d[a] > start[b]:
                start[b] = start[a] + d[a]
                changed = True
        if not changed:
            break
    else:
        print("IMPOSSIBLE")
        return
    total = max(start[v] + d[v] for v in range(1, n + 1))
    latest = [total - d[v] for v in range(n + 1)]
    for _ in range(n + 1):
        changed = False
        for a, b in rules:
            if latest[b] - d[a] < latest[a]:
                latest[a] = latest[b] - d[a]
                changed = True
        if not changed:
            break
    critical = [v for v in range(1, n + 1) if latest[v] == start[v]]
    print(total)
    print(len(critical))
    print(" ".join(map(str, critical)))


main()
