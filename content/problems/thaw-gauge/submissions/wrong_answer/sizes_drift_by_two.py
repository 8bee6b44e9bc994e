# Rebalances only when one half has two more than the other: the halves can differ by two, and
# the top of low is then not the median (sample 1).
import heapq


def solve(readings):
    low, high, out = [], [], []
    for x in readings:
        if not low or x <= -low[0]:
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low) + 1:
            heapq.heappush(low, -heapq.heappop(high))
        out.append(-low[0])
    return out
