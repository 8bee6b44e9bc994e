# Python trap: decrements the leaving colour's count but keeps the key at 0, so len(seen) still
# counts colours that left the window and the window shrinks too far. Caught by sample 1.
import sys
from collections import Counter


def at_most(colours, k):
    seen, left, total = Counter(), 0, 0
    for right, c in enumerate(colours):
        seen[c] += 1
        while len(seen) > k and left <= right:
            seen[colours[left]] -= 1
            left += 1
        total += right - left + 1
    return total


data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, k = int(data[pos]), int(data[pos + 1])
    colours = data[pos + 2 : pos + 2 + n]
    pos += 2 + n
    out.append(at_most(colours, k) - at_most(colours, k - 1))
print("\n".join(map(str, out)))
