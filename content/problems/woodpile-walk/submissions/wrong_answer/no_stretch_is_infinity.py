# Forgets the "no stretch" case: returns its sentinel, n + 1, instead of 0.
# Caught by sample 2 and secret/02-single-not-enough.
def solve(piles, need):
    best = len(piles) + 1
    total = left = 0
    for right, p in enumerate(piles):
        total += p
        while total >= need:
            best = min(best, right - left + 1)
            total -= piles[left]
            left += 1
    return best
