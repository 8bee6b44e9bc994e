# Binary search on the answer: whether k huts fit at distance >= d is a greedy left-to-right check,
# and it stays true for every smaller d.
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    xs = sorted(map(int, data[2 : 2 + n]))

    def fits(d):
        # Jump straight to the next site at least d further on: O(k log n) per check, which beats
        # walking every site when k is small; for k near n, walking is cheaper.
        if k * n.bit_length() > n:
            count, last = 1, xs[0]
            for x in xs:
                if x - last >= d:
                    count, last = count + 1, x
            return count >= k
        i = 0
        for _ in range(k - 1):
            i = bisect_left(xs, xs[i] + d, i + 1)
            if i == n:
                return False
        return True

    lo, hi = 1, xs[-1] - xs[0]
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    print(lo)


main()
