# O(R - L): counts the bits of every day; 1.1 * 10^12 days in one question of secret/05-bit-31.
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
for q in range(t):
    l, r = int(data[1 + 2 * q]), int(data[2 + 2 * q])
    print(sum(bin(x).count("1") for x in range(l, r + 1)))
