# O(n * k): counts the drifts of every window afresh; 10^10 characters on secret/04-large-half-window.
# (In C++ the same loop is vectorised and may pass a 1 s limit: in Python it cannot.)
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, k, path = int(data[pos]), int(data[pos + 1]), data[pos + 2].decode()
    pos += 3
    best = k
    for start in range(n - k + 1):
        drifts = 0
        for c in path[start : start + k]:
            if c == "#":
                drifts += 1
        best = min(best, drifts)
    out.append(best)
print("\n".join(map(str, out)))
