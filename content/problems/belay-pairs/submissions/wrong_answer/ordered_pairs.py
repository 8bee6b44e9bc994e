# Mistake: counts every partner of every climber (both orders, and a climber with itself when
# 2 * w is in range) by binary search over the whole list. Caught by sample 1.
import sys
from bisect import bisect_left, bisect_right

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, lo, hi = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    w = sorted(map(int, data[pos + 3 : pos + 3 + n]))
    pos += 3 + n
    out.append(sum(bisect_right(w, hi - x) - bisect_left(w, lo - x) for x in w))
print("\n".join(map(str, out)))
