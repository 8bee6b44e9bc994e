# Mistake: adds seen[a - k] + seen[a + k] even when k = 0, so equal markers are counted twice.
# Caught by sample/2 (answers 6, not 3) and secret/03-pair-zero.
def solve(altitudes, k):
    seen = {}
    pairs = 0
    for a in altitudes:
        pairs += seen.get(a - k, 0) + seen.get(a + k, 0)
        seen[a] = seen.get(a, 0) + 1
    return pairs
