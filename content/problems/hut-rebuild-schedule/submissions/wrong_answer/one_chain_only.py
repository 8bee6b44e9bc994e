# Mistake: follows one longest chain back from the task that finishes last and reports its tasks as
# the critical ones; a second chain of the same length is missed. Caught by secret 03-no-rules
# (tasks 2 and 3 both last 9) and 04-two-critical-chains.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    d = [0] + [int(x) for x in data[2 : 2 + n]]
    after = [[] for _ in range(n + 1)]
    before = [[] for _ in range(n + 1)]
    waiting = [0] * (n + 1)
    for i in range(m):
        a, b = int(data[2 + n + 2 * i]), int(data[3 + n + 2 * i])
        after[a].append(b)
        before[b].append(a)
        waiting[b] += 1
    order = [v for v in range(1, n + 1) if waiting[v] == 0]
    for u in order:
        for v in after[u]:
            waiting[v] -= 1
            if waiting[v] == 0:
                order.append(v)
    if len(order) != n:
        print("IMPOSSIBLE")
        return
    start = [0] * (n + 1)
    for u in order:
        for v in after[u]:
            start[v] = max(start[v], start[u] + d[u])
    last = max(range(1, n + 1), key=lambda v: start[v] + d[v])
    chain = [last]
    while before[chain[-1]]:
        u = chain[-1]
        chain.append(max(before[u], key=lambda p: start[p] + d[p]))
    chain.sort()
    print(start[last] + d[last])
    print(len(chain))
    print(" ".join(map(str, chain)))


main()
