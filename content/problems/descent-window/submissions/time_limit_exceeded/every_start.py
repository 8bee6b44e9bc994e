# Correct but O(n^2): from every start, add segments until the total is enough; 2 * 10^10 steps when
# no stretch is (18-max-none).
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2 : 2 + n]))
best = n + 1
for i in range(n):
    total = 0
    for j in range(i, min(n, i + best)):
        total += a[j]
        if total >= k:
            best = j - i + 1
            break
print(best if best <= n else -1)
