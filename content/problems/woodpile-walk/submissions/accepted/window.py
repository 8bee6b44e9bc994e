# A variable window: grow the right end; while the stretch is enough, record it and shrink the left.
def solve(piles, need):
    best = len(piles) + 1
    total = left = 0
    for right, p in enumerate(piles):
        total += p
        while total >= need:
            if right - left + 1 < best:
                best = right - left + 1
            total -= piles[left]
            left += 1
    return 0 if best > len(piles) else best
