# O(n * days): every day scans all drills for those whose prerequisites are all done.
# secret 15-large-chain: 2 * 10^4 days of 2 * 10^4 checks.
def solve(n, rules):
    before = [[] for _ in range(n)]
    for a, b in rules:
        before[b].append(a)
    done_on = [0] * n  # 0: not yet done
    days = 0
    left = n
    while left:
        today = [d for d in range(n) if not done_on[d] and all(done_on[p] for p in before[d])]
        if not today:
            return -1
        days += 1
        for d in today:
            done_on[d] = days
        left -= len(today)
    return days
