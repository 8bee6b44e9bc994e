# Mistake: measures the longest chain of rules starting at drill 0 only. Caught by secret
# 04-chain-not-from-zero.
def solve(n, rules):
    after = [[] for _ in range(n)]
    for a, b in rules:
        after[a].append(b)
    memo = {}
    on_path = set()

    def longest(u):
        if u in on_path:
            raise ValueError("loop")
        if u not in memo:
            on_path.add(u)
            memo[u] = 1 + max((longest(v) for v in after[u]), default=0)
            on_path.discard(u)
        return memo[u]

    try:
        return longest(0)
    except ValueError:
        return -1
