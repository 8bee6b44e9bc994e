import heapq


def solve(n, rules):
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    free = [g for g in range(n) if waiting[g] == 0]
    heapq.heapify(free)  # the smallest free guide always speaks next
    order = []
    while free:
        u = heapq.heappop(free)
        order.append(u)
        for v in after[u]:
            waiting[v] -= 1
            if waiting[v] == 0:
                heapq.heappush(free, v)
    return order if len(order) == n else []
