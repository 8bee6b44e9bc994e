# O(n * k): sums every window from scratch, ~2.5 * 10^9 additions for n = 10^5, k = n / 2
# (secret/13-large-random-half-window).
def solve(deviations, k):
    best = None
    for start in range(len(deviations) - k + 1):
        total = 0
        for j in range(start, start + k):
            total += deviations[j]
        if best is None or total > best:
            best = total
    return best
