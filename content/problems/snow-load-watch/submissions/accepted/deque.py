from collections import deque


def solve(readings, k):
    levels = []
    window = deque()  # indices; their readings strictly fall from front to back
    for i, r in enumerate(readings):
        while window and readings[window[-1]] <= r:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        levels.append(readings[window[0]])
    return levels
