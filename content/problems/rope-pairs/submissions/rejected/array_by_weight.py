# Counts climbers in a list indexed by weight: 10^9 slots do not fit in memory.
def solve(weights, gap):
    count = [0] * (max(weights) + gap + 1)
    pairs = 0
    for w in weights:
        pairs += (count[w - gap] if w >= gap else 0) + (count[w + gap] if gap else 0)
        count[w] += 1
    return pairs
