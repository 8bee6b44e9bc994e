# A stretch l..r adds up to s exactly when prefix[r] - prefix[l-1] == s: remember where each prefix
# sum first appeared.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), int(data[1])
    first = {0: 0}
    prefix = 0
    for r in range(1, n + 1):
        prefix += int(data[1 + r])
        start = first.get(prefix - s)
        if start is not None:
            print(start + 1, r)
            return
        if prefix not in first:
            first[prefix] = r
    print("NONE")


main()
