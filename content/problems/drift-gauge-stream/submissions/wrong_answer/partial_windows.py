# Mistake: yields a total from the first reading on, before the window is full.
# Caught by sample/1 (1 comes out before 3).
from collections import deque


def drift_totals(readings, size):
    if size < 1:
        raise ValueError("bad size")
    window, total = deque(), 0
    for reading in readings:
        window.append(reading)
        total += reading
        if len(window) > size:
            total -= window.popleft()
        yield total
