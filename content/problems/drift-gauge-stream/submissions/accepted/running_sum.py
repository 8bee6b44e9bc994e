"""A deque of the window and a running total: one addition and one subtraction per reading."""
from collections import deque


def drift_totals(readings, size):
    if size < 1:
        raise ValueError(f"the window needs at least one reading, got {size}")
    window, total = deque(), 0
    for reading in readings:
        window.append(reading)
        total += reading
        if len(window) > size:
            total -= window.popleft()
        if len(window) == size:
            yield total
