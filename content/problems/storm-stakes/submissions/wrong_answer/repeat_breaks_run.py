# Mistake: a sorted scan where a repeated report ends the run, as if 4, 4 were a gap.
# Caught by secret/03-repeats-inside (answers 2 3, not 4 3).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
v = sorted(map(int, data[1 : 1 + n]))
best_len, best_start = 1, v[0]
start, length = v[0], 1
for i in range(1, n):
    if v[i] == v[i - 1] + 1:
        length += 1
    else:
        start, length = v[i], 1
    if length > best_len:
        best_len, best_start = length, start
print(best_len, best_start)
