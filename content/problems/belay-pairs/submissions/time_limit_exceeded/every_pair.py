# O(n^2): checks every pair; 2 * 10^10 pairs on secret/04-large-every-pair.
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, lo, hi = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    w = list(map(int, data[pos + 3 : pos + 3 + n]))
    pos += 3 + n
    pairs = 0
    for i in range(n):
        for j in range(i + 1, n):
            if lo <= w[i] + w[j] <= hi:
                pairs += 1
    out.append(pairs)
print("\n".join(map(str, out)))
