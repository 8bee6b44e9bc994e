# Mistake: counts only the complete periods of each lamp and forgets the partial one at the end.
# Caught by sample/1.
import sys


def upto(n):
    total, i = 0, 0
    while (1 << i) <= n:
        total += ((n + 1) >> (i + 1)) << i
        i += 1
    return total


data = sys.stdin.buffer.read().split()
t = int(data[0])
for q in range(t):
    l, r = int(data[1 + 2 * q]), int(data[2 + 2 * q])
    print(upto(r) - upto(l - 1))
