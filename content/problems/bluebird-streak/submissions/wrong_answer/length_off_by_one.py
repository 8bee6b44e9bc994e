# Off by one: the window left..right has right - left + 1 days, not right - left.
# Caught by sample 1.
def solve(days, k):
    storms = left = best = 0
    for right, d in enumerate(days):
        storms += d == "S"
        while storms > k:
            storms -= days[left] == "S"
            left += 1
        best = max(best, right - left)
    return best
