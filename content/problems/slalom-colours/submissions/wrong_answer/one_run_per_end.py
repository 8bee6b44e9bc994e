# Mistake: a single window that adds 1 for each right end whose longest window has exactly k
# colours, missing the shorter runs ending there that also have k. Caught by sample 1.
import sys

data = sys.stdin.buffer.read().split()
t, pos, out = int(data[0]), 1, []
for _ in range(t):
    n, k = int(data[pos]), int(data[pos + 1])
    colours = data[pos + 2 : pos + 2 + n]
    pos += 2 + n
    seen, left, total = {}, 0, 0
    for right, c in enumerate(colours):
        seen[c] = seen.get(c, 0) + 1
        while len(seen) > k:
            seen[colours[left]] -= 1
            if seen[colours[left]] == 0:
                del seen[colours[left]]
            left += 1
        if len(seen) == k:
            total += 1
    out.append(total)
print("\n".join(map(str, out)))
