# Mistake: a cut serac is passed without counting the step onto it.
# Caught by sample 1.
import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    r, c, k = int(data[0]), int(data[1]), int(data[2])
    rows = data[3 : 3 + r]
    dist = {(0, 0, 0): 0}
    queue = deque([(0, 0, 0)])
    best = -1
    while queue:
        y, x, used = queue.popleft()
        if (y, x) == (r - 1, c - 1) and (best < 0 or dist[(y, x, used)] < best):
            best = dist[(y, x, used)]
        for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
            if 0 <= ny < r and 0 <= nx < c:
                cut = rows[ny][nx] == "#"
                state = (ny, nx, used + cut)
                if used + cut <= k and state not in dist:
                    dist[state] = dist[(y, x, used)] + (0 if cut else 1)
                    queue.append(state)
    print(best)


main()
