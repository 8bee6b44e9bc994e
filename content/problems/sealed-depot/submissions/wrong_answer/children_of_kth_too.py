# Pops k times and asks for the children of every popped position, the k-th too: up to 2k + 1
# questions, one more than allowed (07-deep-spine).
import heapq
import sys


def ask(i):
    print("?", i, flush=True)
    return int(sys.stdin.readline())


n, k = map(int, sys.stdin.readline().split())
frontier = [(ask(1), 1)]
answer = None
for _ in range(k):
    answer, i = heapq.heappop(frontier)
    for child in (2 * i, 2 * i + 1):
        if child <= n:
            heapq.heappush(frontier, (ask(child), child))
print("!", answer, flush=True)
