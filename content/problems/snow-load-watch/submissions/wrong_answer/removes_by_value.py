# Keeps readings (not hours) in the deque, drops equal ones at the back, and removes the leaving
# hour's reading by value: with twins it throws out the newer one.
from collections import deque


def solve(readings, k):
    levels = []
    window = deque()
    for i, r in enumerate(readings):
        if i >= k and window and window[0] == readings[i - k]:
            window.popleft()
        while window and window[-1] <= r:
            window.pop()
        window.append(r)
        levels.append(window[0])
    return levels
