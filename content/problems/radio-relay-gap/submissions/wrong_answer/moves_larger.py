# Mistake: moves the pointer at the LARGER value, walking away from the closer partners.
# Caught by sample 1.
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, m = int(data[pos]), int(data[pos + 1])
    a = sorted(map(int, data[pos + 2 : pos + 2 + n]))
    b = sorted(map(int, data[pos + 2 + n : pos + 2 + n + m]))
    pos += 2 + n + m
    i = j = 0
    best = abs(a[0] - b[0])
    while i < n and j < m:
        best = min(best, abs(a[i] - b[j]))
        if a[i] > b[j]:
            i += 1
        else:
            j += 1
    out.append(best)
print("\n".join(map(str, out)))
