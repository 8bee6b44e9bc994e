# Round-robin with a deque of indices, a clock and the minutes each climber still needs.
from collections import deque


def solve(minutes, turn):
    left = list(minutes)
    done = [0] * len(minutes)
    line, clock = deque(range(len(minutes))), 0
    while line:
        i = line.popleft()
        used = min(turn, left[i])
        clock += used
        left[i] -= used
        if left[i] > 0:
            line.append(i)
        else:
            done[i] = clock
    return done
