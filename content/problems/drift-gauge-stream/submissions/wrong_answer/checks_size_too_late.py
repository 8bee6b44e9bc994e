# Mistake: never checks the size: a window of 0 yields a total of 0 for every reading instead of
# raising ValueError. Caught by secret/08-a-bad-window-size.
from collections import deque


def drift_totals(readings, size):
    window, total = deque(), 0
    for reading in readings:
        window.append(reading)
        total += reading
        while len(window) > max(size, 0):
            total -= window.popleft()
        if len(window) == max(size, 0):
            yield total
