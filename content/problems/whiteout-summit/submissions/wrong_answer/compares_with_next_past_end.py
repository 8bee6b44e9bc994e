# Binary search over 1..n that compares mid with mid + 1 even when mid = n: asks for a pole that
# does not exist once the summit is the last pole.
import sys


def ask(i):
    print("?", i, flush=True)
    return int(sys.stdin.readline())


def main():
    n = int(sys.stdin.readline())
    lo, hi = 1, n
    while lo <= hi:
        mid = (lo + hi) // 2
        if ask(mid) < ask(mid + 1):
            lo = mid + 1
        else:
            hi = mid - 1
    print("!", lo, flush=True)


main()
