# Mistake: merges by start times and compares each shift only with the previous shift of the other
# list, so a long shift overlapping several later ones is counted once.
# Caught by sample 2.
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
    merged = sorted([(a[i], a[i + 1], 0) for i in range(0, 2 * n, 2)] + [(b[j], b[j + 1], 1) for j in range(0, 2 * m, 2)])
    total = 0
    for prev, cur in zip(merged, merged[1:]):
        if prev[2] != cur[2]:
            total += max(0, min(prev[1], cur[1]) - cur[0])
    out.append(total)
print("\n".join(map(str, out)))
