# Correct but O(n^2 log n): sorts all readings so far after each one (14-max-random).
def solve(readings):
    seen, out = [], []
    for x in readings:
        seen.append(x)
        seen.sort()
        out.append(seen[(len(seen) - 1) // 2])
    return out
