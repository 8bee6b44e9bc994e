# The sliding window of positive arrays: grow on the right, shrink from the left while the sum is
# enough. With climbs (negative values) a window can become enough by dropping its start, so it
# misses stretches (sample 1, 04-negative-in-between).
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2 : 2 + n]))
best, total, left = n + 1, 0, 0
for right, x in enumerate(a):
    total += x
    while left <= right and total >= k:
        best = min(best, right - left + 1)
        total -= a[left]
        left += 1
print(best if best <= n else -1)
