# Mistake: after sorting, compares only values at the same index (a zip), as if the lists lined up.
# Caught by sample 1.
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, m = int(data[pos]), int(data[pos + 1])
    a = sorted(map(int, data[pos + 2 : pos + 2 + n]))
    b = sorted(map(int, data[pos + 2 + n : pos + 2 + n + m]))
    pos += 2 + n + m
    out.append(min(abs(x - y) for x, y in zip(a, b)))
print("\n".join(map(str, out)))
