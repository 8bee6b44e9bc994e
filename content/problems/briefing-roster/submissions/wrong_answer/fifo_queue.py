# Mistake: Kahn's algorithm with a first-in-first-out queue (free guides sorted once at the start):
# a valid order, but not the smallest. Caught by sample 1 (guide 0, freed by guide 2, must speak
# before the guides 3 and 4 that were free from the start).
from collections import deque


def solve(n, rules):
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    queue = deque(sorted(g for g in range(n) if waiting[g] == 0))
    order = []
    while queue:
        u = queue.popleft()
        order.append(u)
        for v in after[u]:
            waiting[v] -= 1
            if waiting[v] == 0:
                queue.append(v)
    return order if len(order) == n else []
