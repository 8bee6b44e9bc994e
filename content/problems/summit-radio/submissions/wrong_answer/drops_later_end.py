# Mistake: drops the shift that ends LATER; it may still overlap the other list's next shifts.
# Caught by sample 2 (the long shift [0, 10) is dropped after its first overlap).
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
    i = j = total = 0
    while i < 2 * n and j < 2 * m:
        total += max(0, min(a[i + 1], b[j + 1]) - max(a[i], b[j]))
        if a[i + 1] > b[j + 1]:
            i += 2
        else:
            j += 2
    out.append(total)
print("\n".join(map(str, out)))
