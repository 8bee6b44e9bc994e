# Mistake: the two-hut habit: tracks only A - B and forgets hut c.
# Caught by sample/2 (answers 4, not 1) and secret/05-two-huts-only.
def solve(log):
    first = {0: 0}
    a = b = best = 0
    for day, ch in enumerate(log, 1):
        a += ch == "a"
        b += ch == "b"
        if a - b in first:
            best = max(best, day - first[a - b])
        else:
            first[a - b] = day
    return best
