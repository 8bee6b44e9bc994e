# Mistake: remembers each claim by its pair of huts and checks a new claim only against an earlier claim
# about the same two huts (either way round); contradictions through other huts go unnoticed.
# Caught by sample 1 (the fifth claim contradicts claims about other pairs).
def solve(n, claims):
    known = {}
    for i, (a, b, d) in enumerate(claims):
        if a == b:
            if d != 0:
                return i
            continue
        if (a, b) in known and known[(a, b)] != d:
            return i
        if (b, a) in known and known[(b, a)] != -d:
            return i
        known[(a, b)] = d
    return -1
