# Wrong model: counts swaps of neighbouring spots (moving each sled step by step to the block),
# but one swap may exchange any two spots. Caught by sample 1.
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, ring = int(data[pos]), data[pos + 1].decode()
    pos += 2
    where = [i for i, c in enumerate(ring) if c == "1"]
    k = len(where)
    if k == 0:
        out.append(0)
        continue
    # Gather around the median sled on the straight line.
    m = where[k // 2]
    out.append(sum(abs(w - (m - k // 2 + j)) for j, w in enumerate(where)))
print("\n".join(map(str, out)))
