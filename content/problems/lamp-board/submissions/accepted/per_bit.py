import sys


def upto(n):
    """Lamp-days over days 0..n: per lamp, full periods of 2^(i+1) days plus the partial one."""
    total, i = 0, 0
    while (1 << i) <= n:
        full, rest = (n + 1) >> (i + 1), (n + 1) & ((1 << (i + 1)) - 1)
        total += (full << i) + max(0, rest - (1 << i))
        i += 1
    return total


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    out = []
    for q in range(t):
        l, r = int(data[1 + 2 * q]), int(data[2 + 2 * q])
        out.append(upto(r) - upto(l - 1))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
