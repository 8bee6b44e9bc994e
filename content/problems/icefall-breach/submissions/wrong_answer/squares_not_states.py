# Mistake: marks squares, not (square, cuts) states, as seen: the first arrival at a square wins even
# when it spent a cut that a later serac needs. Caught by secret 09-save-the-cut.
import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    r, c, k = int(data[0]), int(data[1]), int(data[2])
    rows = data[3 : 3 + r]
    seen = {(0, 0)}
    queue = deque([(0, 0, 0, 0)])
    while queue:
        y, x, used, steps = queue.popleft()
        if (y, x) == (r - 1, c - 1):
            print(steps)
            return
        for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
            if 0 <= ny < r and 0 <= nx < c and (ny, nx) not in seen:
                nu = used + (rows[ny][nx] == "#")
                if nu <= k:
                    seen.add((ny, nx))
                    queue.append((ny, nx, nu, steps + 1))
    print(-1)


main()
