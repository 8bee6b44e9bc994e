# Keeps depths (not days) in the deques, pops equal ones, and removes the leaving day's depth by
# value: with equal depths it throws out the newer twin, so the window keeps a depth that left
# (or reads an emptied deque and crashes). Caught by secret/02-d-zero (answers 4, not 3).
from collections import deque


def solve(depths, d):
    highs, lows = deque(), deque()
    left = best = 0
    for right, x in enumerate(depths):
        while highs and highs[-1] <= x:
            highs.pop()
        highs.append(x)
        while lows and lows[-1] >= x:
            lows.pop()
        lows.append(x)
        while highs[0] - lows[0] > d:
            if highs[0] == depths[left]:
                highs.popleft()
            if lows[0] == depths[left]:
                lows.popleft()
            left += 1
        best = max(best, right - left + 1)
    return best
