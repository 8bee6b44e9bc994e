# Two heaps: low is a max-heap (values negated) with the lower half, high a min-heap with the rest.
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
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(-low[0])
    return out
