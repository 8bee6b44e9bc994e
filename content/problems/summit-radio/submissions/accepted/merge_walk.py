# Two pointers, one per sorted list, as in the merge step of merge sort: add the common part of the
# two current shifts, then drop the one that ends first. Reads all input at once (10^4 cases).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    t, pos, out = int(data[0]), 1, []
    for _ in range(t):
        n, m = int(data[pos]), int(data[pos + 1])
        pos += 2
        a = list(map(int, data[pos : pos + 2 * n]))
        pos += 2 * n
        b = list(map(int, data[pos : pos + 2 * m]))
        pos += 2 * m
        i = j = total = 0
        while i < 2 * n and j < 2 * m:
            start = a[i] if a[i] > b[j] else b[j]
            end = a[i + 1] if a[i + 1] < b[j + 1] else b[j + 1]
            if start < end:
                total += end - start
            if a[i + 1] < b[j + 1]:
                i += 2
            else:
                j += 2
        out.append(total)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
