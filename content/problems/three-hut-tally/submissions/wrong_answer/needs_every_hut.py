# Mistake: a fair stretch must contain every hut at least once, so stretches of valley nights are
# ignored. Caught by sample/2 (answers 0, not 1) and secret/02-one-valley.
def solve(log):
    first = {(0, 0): [0]}
    a = b = c = best = 0
    totals = [(0, 0, 0)]
    for day, ch in enumerate(log, 1):
        a += ch == "a"
        b += ch == "b"
        c += ch == "c"
        totals.append((a, b, c))
        for start in first.setdefault((a - b, b - c), []):
            if a - totals[start][0] > 0:
                best = max(best, day - start)
                break
        first[(a - b, b - c)].append(day)
    return best
