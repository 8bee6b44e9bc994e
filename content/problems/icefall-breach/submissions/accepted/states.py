# BFS over (square, cuts used); a square is entered again only with fewer cuts than any earlier arrival.
import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    r, c, k = int(data[0]), int(data[1]), int(data[2])
    rows = data[3 : 3 + r]
    best = [k + 1] * (r * c)  # fewest cuts of any arrival so far, per square
    best[0] = 0
    queue = deque([(0, 0)])
    steps = 0
    goal = r * c - 1
    while queue:
        for _ in range(len(queue)):
            cell, used = queue.popleft()
            if cell == goal:
                print(steps)
                return
            y, x = divmod(cell, c)
            for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                if 0 <= ny < r and 0 <= nx < c:
                    nu = used + (rows[ny][nx] == "#")
                    nxt = ny * c + nx
                    if nu < best[nxt]:
                        best[nxt] = nu
                        queue.append((nxt, nu))
        steps += 1
    print(-1)


main()
