# O(n^2): at every step scans the guides from 0 for the smallest one that is free and has not spoken.
# secret 15-large-star: 2 * 10^4 scans that each pass ~10^4 guides who already spoke.
def solve(n, rules):
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    spoke = [False] * n
    order = []
    for _ in range(n):
        u = next((g for g in range(n) if not spoke[g] and waiting[g] == 0), -1)
        if u < 0:
            return []
        spoke[u] = True
        order.append(u)
        for v in after[u]:
            waiting[v] -= 1
    return order
