# Reads the summit off one altitude, trusting the sample's pattern to hold everywhere: every ridge
# looked like 10^9 + 1000 per pole up to the summit and down after it, plus a wobble under 1000.
import sys


def main():
    n = int(sys.stdin.readline())
    if n == 1:
        print("! 1", flush=True)
        return
    print("?", n, flush=True)
    h = int(sys.stdin.readline())
    # h_n = 10^9 + 1000 * (2p - n) + wobble, so 2p - n = (h_n - 10^9) // 1000.
    summit = ((h - 10**9) // 1000 + n) // 2
    print("!", max(1, min(n, summit)), flush=True)


main()
