# Publishes the average of the two middle values (rounded down) for even counts (sample 1).
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
        out.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) // 2)
    return out
