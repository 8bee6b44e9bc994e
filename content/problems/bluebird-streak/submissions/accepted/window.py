# Variable window, longest form: grow right; while it has more than k storm days, shrink left.
def solve(days, k):
    storms = left = best = 0
    for right, d in enumerate(days):
        if d == "S":
            storms += 1
        while storms > k:
            if days[left] == "S":
                storms -= 1
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    return best
