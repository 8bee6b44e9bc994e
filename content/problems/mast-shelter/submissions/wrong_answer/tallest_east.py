# Greedy: the shelter is the tallest mast to the east (its first occurrence), not the nearest taller.
def solve(heights):
    n = len(heights)
    shelter = [0] * n
    best = None  # index of the first tallest mast east of i
    for i in range(n - 1, -1, -1):
        if best is not None and heights[best] > heights[i]:
            shelter[i] = best - i
        if best is None or heights[i] >= heights[best]:
            best = i
    return shelter
