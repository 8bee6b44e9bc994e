def solve(loads):
    total, before = sum(loads), 0
    for p, w in enumerate(loads):
        if before == total - before - w:  # before = loads[0] + ... + loads[p - 1]
            return p
        before += w
    return -1
