# Mistake: plain Kadane, as if the loop were a line; the arc through cabin n to cabin 1 is missed.
# Caught by sample/1 (answers 6, not 10) and secret/05-wrap.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
gains = list(map(int, data[1 : 1 + n]))
best = cur = gains[0]
for g in gains[1:]:
    cur = max(g, cur + g)
    best = max(best, cur)
print(best)
