# Variable window; two monotonic deques of indices give its maximum (front of `highs`) and minimum
# (front of `lows`) in O(1). Shrink from the left while max - min > d.
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
        while depths[highs[0]] - depths[lows[0]] > d:
            left += 1
            if highs[0] < left:
                highs.popleft()
            if lows[0] < left:
                lows.popleft()
        if right - left + 1 > best:
            best = right - left + 1
    return best
