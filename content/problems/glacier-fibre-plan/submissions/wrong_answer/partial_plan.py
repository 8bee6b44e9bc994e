# Mistake: prints whatever plan it has even when some station is cut off. Caught by sample 2.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    cables = [(int(data[4 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i]), i + 1) for i in range(m)]
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total, chosen = 0, []
    for w, u, v, i in sorted(cables):
        if find(u) != find(v):
            parent[find(u)] = find(v)
            total += w
            chosen.append(i)
    print(total)
    print(" ".join(map(str, chosen)))


main()
