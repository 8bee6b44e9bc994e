# Pushes every reading on low and lets the rebalancing sort it out: a large value can sit in low
# while a smaller one waits in high (sample 1).
import heapq


def solve(readings):
    low, high, out = [], [], []
    for x in readings:
        if True:
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(-low[0])
    return out
