# Off by one: drops the front only when it is more than k hours old, so the window has k + 1 hours.
from collections import deque


def solve(readings, k):
    levels = []
    window = deque()
    for i, r in enumerate(readings):
        while window and readings[window[-1]] <= r:
            window.pop()
        window.append(i)
        if window[0] < i - k:
            window.popleft()
        levels.append(readings[window[0]])
    return levels
