# Mistake: a priority queue ordered by (cuts, steps): it finds the route with the fewest cuts and
# reports its length, which is not the fewest steps. Caught by secret 20-large-stripes-choose, where
# the cut-free zig-zag through the gaps is much longer than cutting a few stripes.
import heapq
import sys


def main():
    data = sys.stdin.read().split()
    r, c, k = int(data[0]), int(data[1]), int(data[2])
    rows = data[3 : 3 + r]
    done = set()
    heap = [(0, 0, 0, 0)]
    while heap:
        used, steps, y, x = heapq.heappop(heap)
        if (y, x) in done:
            continue
        done.add((y, x))
        if (y, x) == (r - 1, c - 1):
            print(steps)
            return
        for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
            if 0 <= ny < r and 0 <= nx < c and (ny, nx) not in done:
                nu = used + (rows[ny][nx] == "#")
                if nu <= k:
                    heapq.heappush(heap, (nu, steps + 1, ny, nx))
    print(-1)


main()
