# Mistake: lays the n - 1 cheapest cables (skipping only a cable from a station to itself), without
# checking for loops. Caught by secret 05-all-free (four of the free cables form a loop) and
# 06-cheap-loop.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    cables = [(int(data[4 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i]), i + 1) for i in range(m)]
    useful = sorted(c for c in cables if c[1] != c[2])
    if len(useful) < n - 1:
        print("IMPOSSIBLE")
        return
    picked = useful[: n - 1]
    print(sum(c[0] for c in picked))
    print(" ".join(str(c[3]) for c in picked))


main()
