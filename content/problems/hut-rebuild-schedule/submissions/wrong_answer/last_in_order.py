# Mistake: takes T from the task placed last in the order, not the largest finish of all tasks.
# Caught by secret 03-no-rules (the last task placed is a short one) and 05-late-end-elsewhere.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    d = [0] + [int(x) for x in data[2 : 2 + n]]
    after = [[] for _ in range(n + 1)]
    waiting = [0] * (n + 1)
    for i in range(m):
        a, b = int(data[2 + n + 2 * i]), int(data[3 + n + 2 * i])
        after[a].append(b)
        waiting[b] += 1
    order = [v for v in range(1, n + 1) if waiting[v] == 0]
    for u in order:  # Kahn's algorithm: the list grows while it is read
        for v in after[u]:
            waiting[v] -= 1
            if waiting[v] == 0:
                order.append(v)
    if len(order) != n:
        print("IMPOSSIBLE")
        return
    start = [0] * (n + 1)
    for u in order:  # forward: earliest starts
        finish = start[u] + d[u]
        for v in after[u]:
            if finish > start[v]:
                start[v] = finish
    total = start[order[-1]] + d[order[-1]]
    latest = [0] * (n + 1)
    for u in reversed(order):  # backward: latest starts; a task with no follower may end at T
        finish = total
        for w in after[u]:
            if latest[w] < finish:
                finish = latest[w]
        latest[u] = finish - d[u]
    critical = [v for v in range(1, n + 1) if latest[v] == start[v]]
    sys.stdout.write("%d\n%d\n%s\n" % (total, len(critical), " ".join(map(str, critical))))


main()
