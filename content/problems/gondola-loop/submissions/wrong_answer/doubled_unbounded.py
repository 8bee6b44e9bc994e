# Mistake: Kadane over the loop written twice, without limiting an arc to n cabins: an arc then
# books cabins twice. Caught by sample/3 (answers 12, not 6) and secret/04-all-positive.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
gains = list(map(int, data[1 : 1 + n])) * 2
best = cur = gains[0]
for g in gains[1:]:
    cur = max(g, cur + g)
    best = max(best, cur)
print(best)
