# Mistake: shrinks first and records the length once the stretch is no longer enough, one pile
# short of a valid stretch. Caught by sample 1.
def solve(piles, need):
    best = len(piles) + 1
    total = left = 0
    found = False
    for right, p in enumerate(piles):
        total += p
        while total >= need:
            found = True
            total -= piles[left]
            left += 1
        if found:
            best = min(best, right - left + 1)
    return best if found else 0
