import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    present = set(map(int, data[1 : 1 + n]))
    best_len, best_start = 0, 0
    for v in present:
        if v - 1 in present:
            continue  # not the first stake of its stretch
        end = v
        while end + 1 in present:
            end += 1
        length = end - v + 1
        if length > best_len or (length == best_len and v < best_start):
            best_len, best_start = length, v
    print(best_len, best_start)


main()
