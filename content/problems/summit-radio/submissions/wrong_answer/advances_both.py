# Mistake: moves both pointers after every pair, as if the lists paired up one to one.
# Caught by sample 1.
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
    for i, j in zip(range(0, 2 * n, 2), range(0, 2 * m, 2)):
        total += max(0, min(a[i + 1], b[j + 1]) - max(a[i], b[j]))
    out.append(total)
print("\n".join(map(str, out)))
