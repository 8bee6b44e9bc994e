# Mistake: counts the runs with AT MOST k colours (one window pass) instead of exactly k.
# Caught by sample 1 (the first case has 9 runs with at most 2 colours, 4 with exactly 2).
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
        total += right - left + 1
    out.append(total)
print("\n".join(map(str, out)))
