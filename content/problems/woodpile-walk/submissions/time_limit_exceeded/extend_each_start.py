# O(n * answer): from every start, walk right until the stretch is enough. With need half the total
# (secret/12-large-half-the-total), about 5 * 10^9 steps.
def solve(piles, need):
    best = 0
    for start in range(len(piles)):
        total = 0
        for end in range(start, len(piles)):
            total += piles[end]
            if total >= need:
                if best == 0 or end - start + 1 < best:
                    best = end - start + 1
                break
    return best
