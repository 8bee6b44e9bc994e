# Mistake: starts at cabin 1, as if the valley side could not be empty.
# Caught by sample/3, secret/02-single ([5]: 0) and secret/04-first-cabin ([7, 3, -3]: 0).
def solve(loads):
    total = sum(loads)
    before = loads[0] if loads else 0
    for p in range(1, len(loads)):
        if before == total - before - loads[p]:
            return p
        before += loads[p]
    return -1
