# Mistake: on a repeat, starts a new stretch at the repeat itself, dropping the lifts between the two
# copies. Caught by sample 1 and secret/04-keep-after-first-copy.
def solve(lifts):
    seen, total, best = set(), 0, 0
    for x in lifts:
        if x in seen:
            seen, total = set(), 0
        seen.add(x)
        total += x
        best = max(best, total)
    return best
