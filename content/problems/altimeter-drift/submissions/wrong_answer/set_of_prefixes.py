# Mistake: remembers which prefixes occurred, not how often, so a repeated prefix counts once.
# Caught by sample 2.
def solve(changes, k):
    seen = {0}
    prefix = count = 0
    for c in changes:
        prefix += c
        if prefix - k in seen:
            count += 1
        seen.add(prefix)
    return count
