# A fixed window of k metres that counts drifts: the metre entering adds, the metre leaving subtracts.
# Reads all input at once: 10^4 cases read with input() are slow.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    t, pos, out = int(data[0]), 1, []
    for _ in range(t):
        n, k, path = int(data[pos]), int(data[pos + 1]), data[pos + 2]
        pos += 3
        drift = [1 if c == 35 else 0 for c in path]  # 35 is '#'
        drifts = sum(drift[:k])
        best = drifts
        for i in range(k, n):
            drifts += drift[i] - drift[i - k]
            if drifts < best:
                best = drifts
        out.append(best)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
