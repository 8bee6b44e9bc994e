# O(n^2): every start, every length; 4 * 10^10 steps on the 2 * 10^5-cabin tests.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
gains = list(map(int, data[1 : 1 + n])) * 2
best = gains[0]
for s in range(n):
    cur = 0
    for i in range(s, s + n):
        cur += gains[i]
        if cur > best:
            best = cur
print(best)
