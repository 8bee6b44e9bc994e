# Mistake: forgets that the ring closes, and only slides the window along the straight string.
# Caught by sample 1 ("1001" is already together across the seam).
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, ring = int(data[pos]), data[pos + 1].decode()
    pos += 2
    k = ring.count("1")
    if k == 0:
        out.append(0)
        continue
    inside = ring[:k].count("1")
    best = inside
    for i in range(k, n):
        inside += (ring[i] == "1") - (ring[i - k] == "1")
        best = max(best, inside)
    out.append(k - best)
print("\n".join(map(str, out)))
