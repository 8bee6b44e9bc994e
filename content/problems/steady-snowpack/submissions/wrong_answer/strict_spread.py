# Wrong comparison: shrinks while max - min >= d, so a spread of exactly d is refused.
# Caught by sample 1 and secret/03-spread-exactly-d.
from collections import deque


def solve(depths, d):
    highs, lows = deque(), deque()
    left = best = 0
    for right, x in enumerate(depths):
        while highs and depths[highs[-1]] <= x:
            highs.pop()
        highs.append(right)
        while lows and depths[lows[-1]] >= x:
            lows.pop()
        lows.append(right)
        while left <= right and depths[highs[0]] - depths[lows[0]] >= d:
            left += 1
            if highs and highs[0] < left:
                highs.popleft()
            if lows and lows[0] < left:
                lows.popleft()
            if not highs or not lows:
                break
        best = max(best, right - left + 1)
    return best
