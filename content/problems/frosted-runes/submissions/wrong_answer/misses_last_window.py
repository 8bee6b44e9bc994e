# Mistake: range(n - m) as the window starts, so the last window is never checked.
# Caught by sample/1 (window 2 ends at the last character) and secret/05-last-window.
from collections import Counter


def solve(wall, word):
    n, m = len(wall), len(word)
    need = Counter(word)
    have = Counter()
    out = []
    for start in range(n - m):
        if start == 0:
            have = Counter(c for c in wall[:m] if c != "*")
        else:
            if wall[start - 1] != "*":
                have[wall[start - 1]] -= 1
            if wall[start + m - 1] != "*":
                have[wall[start + m - 1]] += 1
        if all(have[c] <= need[c] for c in have):
            out.append(start)
    return out
