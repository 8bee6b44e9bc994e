# Off by one in the at-most trick: subtracts at_most(lo) instead of at_most(lo - 1), so pairs that
# sum to exactly lo are lost. Caught by sample 1.
import sys


def at_most(w, limit):
    i, j, pairs = 0, len(w) - 1, 0
    while i < j:
        if w[i] + w[j] <= limit:
            pairs += j - i
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
    out.append(at_most(w, hi) - at_most(w, lo))
print("\n".join(map(str, out)))
