# O(n^2) in the worst case: from every start, extend the run until it has more than k colours.
# secret/05-large-one-colour never stops early: 2 * 10^10 steps.
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, k = int(data[pos]), int(data[pos + 1])
    colours = data[pos + 2 : pos + 2 + n]
    pos += 2 + n
    total = 0
    for start in range(n):
        seen = set()
        for end in range(start, n):
            seen.add(colours[end])
            if len(seen) > k:
                break
            if len(seen) == k:
                total += 1
    out.append(total)
print("\n".join(map(str, out)))
