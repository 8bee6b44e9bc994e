# A shortcut that looks right: answers 0 when some run of k clear metres exists, and otherwise the
# drifts of the first window. Caught by sample 1 (the first path).
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, k, path = int(data[pos]), int(data[pos + 1]), data[pos + 2].decode()
    pos += 3
    out.append(0 if "." * k in path else path[:k].count("#"))
print("\n".join(map(str, out)))
