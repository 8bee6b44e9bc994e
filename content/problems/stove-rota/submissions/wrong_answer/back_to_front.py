# Puts an unfinished climber back at the front (a stack): they keep the stove until done (sample 1).
def solve(minutes, turn):
    left = list(minutes)
    done = [0] * len(minutes)
    line, clock = list(range(len(minutes) - 1, -1, -1)), 0
    while line:
        i = line.pop()
        used = min(turn, left[i])
        clock += used
        left[i] -= used
        if left[i] > 0:
            line.append(i)
        else:
            done[i] = clock
    return done
