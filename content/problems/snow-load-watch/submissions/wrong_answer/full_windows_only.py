# Reports only the hours with a full window of k readings (the textbook sliding maximum).
from collections import deque


def solve(readings, k):
    levels = []
    window = deque()
    for i, r in enumerate(readings):
        while window and readings[window[-1]] <= r:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            levels.append(readings[window[0]])
    return levels
