# Asks for a total strictly above k: "at least k" includes k itself (sample 1, 06-exactly-k).
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    best = n + 1
    starts = deque([0])  # indices i of prefix sums P[i]; P strictly increasing along the deque
    prefix = [0] * (n + 1)
    for j in range(1, n + 1):
        p = prefix[j - 1] + int(data[1 + j])
        prefix[j] = p
        while starts and p - prefix[starts[0]] > k:
            best = min(best, j - starts.popleft())
        while starts and prefix[starts[-1]] >= p:
            starts.pop()
        starts.append(j)
    print(best if best <= n else -1)


main()
