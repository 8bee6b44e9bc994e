# Forgets the empty prefix (sum 0 before the first leg): misses every stretch that starts at leg 1.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), int(data[1])
    first = {}
    prefix = 0
    for r in range(1, n + 1):
        prefix += int(data[1 + r])
        start = first.get(prefix - s)
        if start is not None:
            print(start + 1, r)
            return
        first.setdefault(prefix, r)
    print("NONE")


main()
