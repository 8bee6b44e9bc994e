# O(n * answer length): from every start, extend until a lift repeats; ~10^9 steps on
# secret/10-large-cycling (stretches of 10^4 different lifts).
def solve(lifts):
    best = 0
    for i in range(len(lifts)):
        seen, total = set(), 0
        for j in range(i, len(lifts)):
            if lifts[j] in seen:
                break
            seen.add(lifts[j])
            total += lifts[j]
        best = max(best, total)
    return best
