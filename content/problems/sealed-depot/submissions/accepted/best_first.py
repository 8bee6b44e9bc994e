# Best-first walk with our own min-heap of (value, position): pop k - 1 times, asking for the two
# children of each popped position; the top is then the k-th smallest. At most 1 + 2(k - 1) questions.
import heapq
import sys


def ask(i):
    print("?", i, flush=True)
    return int(sys.stdin.readline())


def main():
    n, k = map(int, sys.stdin.readline().split())
    frontier = [(ask(1), 1)]
    for _ in range(k - 1):
        _, i = heapq.heappop(frontier)
        for child in (2 * i, 2 * i + 1):
            if child <= n:
                heapq.heappush(frontier, (ask(child), child))
    print("!", frontier[0][0], flush=True)


main()
