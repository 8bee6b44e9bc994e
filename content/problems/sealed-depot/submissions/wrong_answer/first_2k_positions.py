# Reads the first 2k positions (the top levels) and takes the k-th smallest of them: the small values
# may run down one deep path (07-deep-spine).
import sys

n, k = map(int, sys.stdin.readline().split())
seen = []
for i in range(1, min(n, 2 * k) + 1):
    print("?", i, flush=True)
    seen.append(int(sys.stdin.readline()))
print("!", sorted(seen)[k - 1], flush=True)
