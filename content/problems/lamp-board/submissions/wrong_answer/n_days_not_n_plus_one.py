# Mistake: treats days 0..n as n days (forgets that day 0 is one of them): uses n, not n + 1.
# Caught by sample/1.
import sys


def upto(n):
    total, i = 0, 0
    while (1 << i) <= n:
        full, rest = n >> (i + 1), n & ((1 << (i + 1)) - 1)
        total += (full << i) + max(0, rest - (1 << i))
        i += 1
    return total


data = sys.stdin.buffer.read().split()
t = int(data[0])
for q in range(t):
    l, r = int(data[1 + 2 * q]), int(data[2 + 2 * q])
    print(upto(r) - upto(l - 1))
