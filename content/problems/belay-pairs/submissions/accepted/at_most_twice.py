# Pairs with lo <= sum <= hi = pairs with sum <= hi minus pairs with sum <= lo - 1; each count is
# two pointers from both ends of the sorted weights. Reads all input at once (10^4 cases).
import sys


def at_most(w, limit):
    i, j, pairs = 0, len(w) - 1, 0
    while i < j:
        if w[i] + w[j] <= limit:
            pairs += j - i  # w[i] fits with every weight from i + 1 to j
            i += 1
        else:
            j -= 1
    return pairs


def main():
    data = sys.stdin.buffer.read().split()
    t, pos, out = int(data[0]), 1, []
    for _ in range(t):
        n, lo, hi = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        w = sorted(map(int, data[pos + 3 : pos + 3 + n]))
        pos += 3 + n
        out.append(at_most(w, hi) - at_most(w, lo - 1))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
