def solve(altitudes, k):
    seen = {}  # altitude -> markers already passed at that altitude
    pairs = 0
    for a in altitudes:
        if k == 0:
            pairs += seen.get(a, 0)
        else:
            pairs += seen.get(a - k, 0) + seen.get(a + k, 0)
        seen[a] = seen.get(a, 0) + 1
    return pairs
