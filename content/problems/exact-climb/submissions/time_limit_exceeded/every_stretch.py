# O(n^2): tries every start; ~5 * 10^9 additions when no stretch exists.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), int(data[1])
    legs = list(map(int, data[2 : 2 + n]))
    for l in range(n):
        total = 0
        for r in range(l, n):
            total += legs[r]
            if total == s:
                print(l + 1, r + 1)
                return
    print("NONE")


main()
