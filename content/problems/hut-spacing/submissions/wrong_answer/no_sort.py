# Forgets to sort the sites: the greedy check then walks them in the order given.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    xs = list(map(int, data[2 : 2 + n]))

    def fits(d):
        count, last = 1, xs[0]
        for x in xs[1:]:
            if x - last >= d:
                count, last = count + 1, x
        return count >= k

    lo, hi = 1, max(xs) - min(xs)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid - 1)
    print(lo)


main()
