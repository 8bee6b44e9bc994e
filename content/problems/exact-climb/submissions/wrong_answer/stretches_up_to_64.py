# Tries only stretches of at most 64 legs from every start, assuming a right stretch is short.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), int(data[1])
    legs = list(map(int, data[2 : 2 + n]))
    for l in range(n):
        total = 0
        for r in range(l, min(n, l + 64)):
            total += legs[r]
            if total == s:
                print(l + 1, r + 1)
                return
    print("NONE")


main()
