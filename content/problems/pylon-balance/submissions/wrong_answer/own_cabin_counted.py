# Mistake: counts the pylon's own cabin on the valley side (sum of loads[0..p]).
# Caught by secret/07-own-cabin ([2, 5, 1, 2]: answers 2, but no cabin balances) and the samples.
def solve(loads):
    total, before = sum(loads), 0
    for p, w in enumerate(loads):
        before += w
        if before == total - before:
            return p
    return -1
