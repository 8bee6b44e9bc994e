from collections import Counter


def solve(weights, gap):
    seen = Counter()
    pairs = 0
    for w in weights:
        pairs += seen[w - gap] + (seen[w + gap] if gap else 0)
        seen[w] += 1
    return pairs
