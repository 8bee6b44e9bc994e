# Off by one: slides over range(k, n - 1), so the last window (ending at metre n - 1) is never seen.
# Caught by secret/01-edges ("##." with k = 1, "###.." with k = 2).
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, k, path = int(data[pos]), int(data[pos + 1]), data[pos + 2].decode()
    pos += 3
    drifts = path[:k].count("#")
    best = drifts
    for i in range(k, n - 1):
        drifts += (path[i] == "#") - (path[i - k] == "#")
        best = min(best, drifts)
    out.append(best)
print("\n".join(map(str, out)))
