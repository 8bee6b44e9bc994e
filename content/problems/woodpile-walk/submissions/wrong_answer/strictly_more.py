# Wrong comparison: a stretch counts only when it holds MORE than `need`.
# Caught by secret/01-single-exactly-enough and secret/04-exactly-need-in-the-middle.
def solve(piles, need):
    best = len(piles) + 1
    total = left = 0
    for right, p in enumerate(piles):
        total += p
        while total > need:
            best = min(best, right - left + 1)
            total -= piles[left]
            left += 1
    return 0 if best > len(piles) else best
