# O(n * m): every pair of relays, 10^10 differences on secret/04-large-random.
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, m = int(data[pos]), int(data[pos + 1])
    a = list(map(int, data[pos + 2 : pos + 2 + n]))
    b = list(map(int, data[pos + 2 + n : pos + 2 + n + m]))
    pos += 2 + n + m
    out.append(min(abs(x - y) for x in a for y in b))
print("\n".join(map(str, out)))
