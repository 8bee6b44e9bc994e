import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    gains = list(map(int, data[1 : 1 + n]))
    best_max = cur_max = gains[0]
    best_min = cur_min = gains[0]
    for g in gains[1:]:
        cur_max = max(g, cur_max + g)
        best_max = max(best_max, cur_max)
        cur_min = min(g, cur_min + g)
        best_min = min(best_min, cur_min)
    if best_max < 0:  # every cabin loses: a wrapping arc would have to be empty
        print(best_max)
    else:
        print(max(best_max, sum(gains) - best_min))


main()
