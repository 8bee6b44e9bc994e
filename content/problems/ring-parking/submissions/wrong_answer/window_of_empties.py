# Mistake: sizes the window by the number of empty spots instead of the number of sleds.
# Caught by sample 1.
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, ring = int(data[pos]), data[pos + 1].decode()
    pos += 2
    k = ring.count("0")
    if k == 0 or k == n:
        out.append(0)
        continue
    doubled = ring + ring
    best = max(doubled[s : s + k].count("1") for s in range(n))
    out.append(ring.count("1") - best if best <= ring.count("1") else 0)
print("\n".join(map(str, out)))
