import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    us = data[2 : 2 + 3 * m : 3]
    vs = data[3 : 3 + 3 * m : 3]
    ws = list(map(int, data[4 : 4 + 3 * m : 3]))
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total, chosen = 0, []
    for i in sorted(range(m), key=ws.__getitem__):  # cable numbers, cheapest first
        ru, rv = find(int(us[i])), find(int(vs[i]))
        if ru != rv:
            parent[ru] = rv
            total += ws[i]
            chosen.append(i + 1)  # cables are numbered from 1
            if len(chosen) == n - 1:
                break
    if len(chosen) != n - 1:
        print("IMPOSSIBLE")
    else:
        print(total)
        print(" ".join(map(str, chosen)))


main()
