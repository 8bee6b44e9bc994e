# O(n^2): walks up from every stake, not only from first stakes; 5 * 10^9 lookups on
# secret/11-large-all-consecutive.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
present = set(map(int, data[1 : 1 + n]))
best_len, best_start = 0, 0
for v in present:
    end = v
    while end + 1 in present:
        end += 1
    if end - v + 1 > best_len or (end - v + 1 == best_len and v < best_start):
        best_len, best_start = end - v + 1, v
print(best_len, best_start)
