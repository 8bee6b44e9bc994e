# Mistake: adds 1 (not j - i) when w[i] + w[j] fits, counting one partner per climber.
# Caught by sample 1.
import sys


def at_most(w, limit):
    i, j, pairs = 0, len(w) - 1, 0
    while i < j:
        if w[i] + w[j] <= limit:
            pairs += 1
            i += 1
        else:
            j -= 1
    return pairs


data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, lo, hi = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    w = sorted(map(int, data[pos + 3 : pos + 3 + n]))
    pos += 3 + n
    out.append(at_most(w, hi) - at_most(w, lo - 1))
print("\n".join(map(str, out)))
