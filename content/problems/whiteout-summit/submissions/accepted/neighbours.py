# Binary search on the slope: if h[m] < h[m+1] the summit is right of m, otherwise at m or left of it.
# Two questions per halving: at most 2 * 20 = 40 for 10^6 poles.
import sys


def ask(i):
    print("?", i, flush=True)
    return int(sys.stdin.readline())


def main():
    n = int(sys.stdin.readline())
    lo, hi = 1, n
    while lo < hi:
        mid = (lo + hi) // 2
        if ask(mid) < ask(mid + 1):
            lo = mid + 1
        else:
            hi = mid
    print("!", lo, flush=True)


main()
