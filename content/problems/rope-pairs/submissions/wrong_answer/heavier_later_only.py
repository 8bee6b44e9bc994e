# Looks only for an earlier climber lighter by gap: misses pairs whose heavier climber comes first.
from collections import Counter


def solve(weights, gap):
    seen = Counter()
    pairs = 0
    for w in weights:
        pairs += seen[w - gap]
        seen[w] += 1
    return pairs
