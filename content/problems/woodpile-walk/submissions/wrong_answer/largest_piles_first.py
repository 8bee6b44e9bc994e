# A greedy that ignores the order of the piles: takes the largest piles until they are enough.
# Caught by secret/07-largest-piles-apart.
def solve(piles, need):
    total = 0
    for count, p in enumerate(sorted(piles, reverse=True), start=1):
        total += p
        if total >= need:
            return count
    return 0
