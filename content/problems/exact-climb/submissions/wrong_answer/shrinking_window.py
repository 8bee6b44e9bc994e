# A two-pointer window that is only right when every leg climbs: negative legs break it.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), int(data[1])
    legs = list(map(int, data[2 : 2 + n]))
    left, total = 0, 0
    for right in range(n):
        total += legs[right]
        while total > s and left < right:
            total -= legs[left]
            left += 1
        if total == s:
            print(left + 1, right + 1)
            return
    print("NONE")


main()
