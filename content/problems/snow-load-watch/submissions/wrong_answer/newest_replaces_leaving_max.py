# Greedy: one running maximum; when it leaves the window, the newest reading takes its place.
def solve(readings, k):
    levels = []
    level, at = None, -1
    for i, r in enumerate(readings):
        if level is None or r >= level or at <= i - k:
            level, at = r, i
        levels.append(level)
    return levels
