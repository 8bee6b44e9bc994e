# Right, but rescans the window whenever its maximum leaves: O(n * k) on a falling log.
def solve(readings, k):
    levels = []
    level, at = None, -1
    for i, r in enumerate(readings):
        if level is None or r >= level:
            level, at = r, i
        elif at <= i - k:
            start = i - k + 1
            at = start
            for j in range(start, i + 1):
                if readings[j] >= readings[at]:
                    at = j
            level = readings[at]
        levels.append(level)
    return levels
