# O(n * m): relaxes every run, round after round, until nothing changes. On secret
# 16-large-groomed-chain the chain is listed backwards: one round per junction, ~10^9 relaxations.
def solve(n, runs):
    inf = float("inf")
    dist = [inf] * n
    dist[0] = 0
    changed = True
    while changed:
        changed = False
        for a, b, w in runs:
            if dist[a] + w < dist[b]:
                dist[b] = dist[a] + w
                changed = True
    return -1 if dist[n - 1] == inf else dist[n - 1]
