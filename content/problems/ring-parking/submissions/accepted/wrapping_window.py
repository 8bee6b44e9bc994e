# The block of sleds will cover `k` consecutive spots (k = number of sleds); each swap can fill one
# empty spot of that block, so the answer is k minus the most sleds any circular window of k spots
# already holds. A fixed window slid over the ring, wrapping with an index modulo n.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    t, pos, out = int(data[0]), 1, []
    for _ in range(t):
        n, ring = int(data[pos]), data[pos + 1]
        pos += 2
        spot = [c - 48 for c in ring]
        k = sum(spot)
        if k == 0:
            out.append(0)
            continue
        inside = sum(spot[:k])
        best = inside
        for start in range(1, n):
            inside += spot[(start + k - 1) % n] - spot[start - 1]
            if inside > best:
                best = inside
        out.append(k - best)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
