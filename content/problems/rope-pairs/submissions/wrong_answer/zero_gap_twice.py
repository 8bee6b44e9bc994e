# Counts each equal pair twice when gap is 0 (it looks both ways).
from collections import Counter


def solve(weights, gap):
    seen = Counter()
    pairs = 0
    for w in weights:
        pairs += seen[w - gap] + seen[w + gap]
        seen[w] += 1
    return pairs
