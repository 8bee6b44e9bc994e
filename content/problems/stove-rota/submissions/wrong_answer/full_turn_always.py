# Charges a full turn even when the climber needs less (sample 1: climber 1 done at 6, not 5).
from collections import deque


def solve(minutes, turn):
    left = list(minutes)
    done = [0] * len(minutes)
    line, clock = deque(range(len(minutes))), 0
    while line:
        i = line.popleft()
        clock += turn
        left[i] -= turn
        if left[i] > 0:
            line.append(i)
        else:
            done[i] = clock
    return done
