# Mistake: when the window has too many storms it restarts right after the newest storm instead of
# shrinking from the left, losing streaks that straddle earlier storms.
# Caught by secret/06-streak-straddles-storm.
def solve(days, k):
    storms = left = best = 0
    for right, d in enumerate(days):
        if d == "S":
            storms += 1
        if storms > k:
            left, storms = right + 1, 0
        best = max(best, right - left + 1)
    return best
