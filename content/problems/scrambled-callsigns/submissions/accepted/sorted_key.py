import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    by_key = {}
    for i in range(1, n + 1):
        by_key.setdefault("".join(sorted(data[i])), []).append(i)
    out = [str(len(by_key))]
    for calls in by_key.values():
        out.append("%d %s" % (len(calls), " ".join(map(str, calls))))
    sys.stdout.write("\n".join(out) + "\n")


main()
