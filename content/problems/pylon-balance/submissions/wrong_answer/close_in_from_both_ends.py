# Mistake: a two-pointer "balance" that adds a cabin to the lighter side, which is only right when
# every load is positive. Caught by secret/08-negatives ([-5, 10, -2, 4, 1]: answer 2).
def solve(loads):
    if not loads:
        return -1
    i, j = 0, len(loads) - 1
    left = right = 0
    while i < j:
        if left <= right:
            left += loads[i]
            i += 1
        else:
            right += loads[j]
            j -= 1
    return i if left == right else -1
