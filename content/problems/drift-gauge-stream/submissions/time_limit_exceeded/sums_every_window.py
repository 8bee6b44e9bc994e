# Too slow: sums every window afresh, O(size) per reading: 4 * 10^9 additions on
# secret/09-a-wide-window-on-a-long-stream. Lazy and correct otherwise.
from collections import deque


def drift_totals(readings, size):
    if size < 1:
        raise ValueError("bad size")
    window = deque(maxlen=size)
    for reading in readings:
        window.append(reading)
        if len(window) == size:
            yield sum(window)
