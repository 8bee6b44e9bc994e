# Sort both lists and walk them like a merge, always moving the pointer at the smaller value: the
# closest partner of the smaller value has been seen. Reads all input at once (10^4 cases).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    t, pos, out = int(data[0]), 1, []
    for _ in range(t):
        n, m = int(data[pos]), int(data[pos + 1])
        a = sorted(map(int, data[pos + 2 : pos + 2 + n]))
        b = sorted(map(int, data[pos + 2 + n : pos + 2 + n + m]))
        pos += 2 + n + m
        i = j = 0
        best = abs(a[0] - b[0])
        while i < n and j < m:
            d = a[i] - b[j]
            if d < 0:
                if -d < best:
                    best = -d
                i += 1
            else:
                if d < best:
                    best = d
                j += 1
        out.append(best)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
