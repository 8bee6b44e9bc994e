# Mistake: stops one window early (the range bound is one short), the classic off-by-one.
# Caught by sample/1 ([1, 2, 3, 4] with windows of 2: 3, 5, 7 — the 7 is missing).
from collections import deque


def drift_totals(readings, size):
    if size < 1:
        raise ValueError("bad size")
    values = list(readings)  # (also not lazy; the first test already fails)
    for start in range(len(values) - size):
        yield sum(values[start : start + size])
