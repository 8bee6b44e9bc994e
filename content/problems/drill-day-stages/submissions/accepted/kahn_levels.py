def solve(n, rules):
    after = [[] for _ in range(n)]
    waiting = [0] * n  # unmet prerequisites, repeated rules counted each time
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    today = [d for d in range(n) if waiting[d] == 0]
    days = scheduled = 0
    while today:
        days += 1
        scheduled += len(today)
        tomorrow = []
        for u in today:
            for v in after[u]:
                waiting[v] -= 1
                if waiting[v] == 0:
                    tomorrow.append(v)
        today = tomorrow
    return days if scheduled == n else -1  # drills left over wait on a loop
