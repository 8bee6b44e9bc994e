# Mistake: folds the two differences into one number, (A - B) + (B - C) = A - C, so stretches with
# as many a as c but no b look fair. Caught by sample/2 and secret/08-folded-key ("acac": answers 4, not 0).
def solve(log):
    first = {0: 0}
    a = b = c = best = 0
    for day, ch in enumerate(log, 1):
        a += ch == "a"
        b += ch == "b"
        c += ch == "c"
        key = (a - b) + (b - c)
        if key in first:
            best = max(best, day - first[key])
        else:
            first[key] = day
    return best
