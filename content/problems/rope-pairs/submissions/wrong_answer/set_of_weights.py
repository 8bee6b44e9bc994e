# Keeps a set of weights, not how many climbers have each: repeated weights count once.
def solve(weights, gap):
    present = set(weights)
    if gap == 0:
        return len(weights) - len(present)
    return sum(1 for w in present if w + gap in present)
