# O(n * m): the common time of every pair of shifts, 2.5 * 10^9 pairs on secret/06-large-random.
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, m = int(data[pos]), int(data[pos + 1])
    pos += 2
    a = list(map(int, data[pos : pos + 2 * n]))
    pos += 2 * n
    b = list(map(int, data[pos : pos + 2 * m]))
    pos += 2 * m
    total = 0
    for i in range(0, 2 * n, 2):
        for j in range(0, 2 * m, 2):
            common = min(a[i + 1], b[j + 1]) - max(a[i], b[j])
            if common > 0:
                total += common
    out.append(total)
print("\n".join(map(str, out)))
