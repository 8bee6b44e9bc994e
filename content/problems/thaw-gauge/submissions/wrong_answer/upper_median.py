# Keeps the extra value in the upper half, so even counts publish the upper middle (sample 1).
import heapq


def solve(readings):
    low, high, out = [], [], []
    for x in readings:
        if not low or x <= -low[0]:
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high):
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low) + 1:
            heapq.heappush(low, -heapq.heappop(high))
        out.append(high[0] if len(high) > len(low) or len(low) == len(high) else -low[0])
    return out
