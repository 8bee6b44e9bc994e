# exactly(k) = atMost(k) - atMost(k - 1); each atMost is one variable window with a count table.
# Reads the whole input at once: with 10^4 cases, input() per line is slow.
import sys


def at_most(colours, k, seen):
    distinct = left = total = 0
    for right, c in enumerate(colours):
        if seen[c] == 0:
            distinct += 1
        seen[c] += 1
        while distinct > k:
            d = colours[left]
            seen[d] -= 1
            if seen[d] == 0:
                distinct -= 1
            left += 1
        total += right - left + 1
    for c in colours[left:]:  # empty the table for the next pass, in O(window)
        seen[c] = 0
    return total


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    seen = [0] * (200001)
    out = []
    for _ in range(t):
        n, k = int(data[pos]), int(data[pos + 1])
        colours = list(map(int, data[pos + 2 : pos + 2 + n]))
        pos += 2 + n
        out.append(at_most(colours, k, seen) - at_most(colours, k - 1, seen))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
