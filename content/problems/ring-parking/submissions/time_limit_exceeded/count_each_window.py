# O(n * k): counts the sleds of every circular window afresh; 2 * 10^10 checks on
# secret/04-large-half-full. (A vectorised C++ loop over the doubled ring may pass: Python cannot.)
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, ring = int(data[pos]), data[pos + 1].decode()
    pos += 2
    k = ring.count("1")
    best = 0
    for s in range(n):
        inside = 0
        for j in range(k):
            if ring[(s + j) % n] == "1":
                inside += 1
        best = max(best, inside)
    out.append(k - best)
print("\n".join(map(str, out)))
