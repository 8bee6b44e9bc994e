# Mistake: counts the days Kahn's algorithm fills and never checks that every drill was scheduled.
# Caught by sample 2.
def solve(n, rules):
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    today = [d for d in range(n) if waiting[d] == 0]
    days = 0
    while today:
        days += 1
        tomorrow = []
        for u in today:
            for v in after[u]:
                waiting[v] -= 1
                if waiting[v] == 0:
                    tomorrow.append(v)
        today = tomorrow
    return days
