# O(n * m): relaxes every link, round after round, until nothing changes.
# secret 15-large-chain lists the chain backwards: a round per hut, 4 * 10^8 relaxations.
def solve(n, links):
    inf = float("inf")
    time = [inf] * n
    time[0] = 0
    changed = True
    while changed:
        changed = False
        for a, b, t in links:
            if time[a] + t < time[b]:
                time[b] = time[a] + t
                changed = True
    return [-1 if x == inf else x for x in time]
