# Mistake: records a window only after sliding, so the first k metres are never a candidate
# (and with k = n nothing is, giving the start value n). Caught by secret/01-edges (".##", k = 1).
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, k, path = int(data[pos]), int(data[pos + 1]), data[pos + 2].decode()
    pos += 3
    drifts = path[:k].count("#")
    best = n
    for i in range(k, n):
        drifts += (path[i] == "#") - (path[i - k] == "#")
        best = min(best, drifts)
    out.append(best)
print("\n".join(map(str, out)))
