# Mistake: every hut builds its own cheapest line (a greedy that looks right): the pieces can stay
# apart, and a line chosen from both ends is paid once but may not be needed. Caught by secret
# 05-cheapest-neighbours-apart.
def solve(n, lines):
    best = {}
    for i, (a, b, cost) in enumerate(lines):
        if a == b:
            continue
        for hut in (a, b):
            if hut not in best or cost < lines[best[hut]][2]:
                best[hut] = i
    if n == 1:
        return 0
    if len(best) < n:
        return -1
    return sum(lines[i][2] for i in set(best.values()))
