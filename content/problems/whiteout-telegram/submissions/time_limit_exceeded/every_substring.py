# DP over positions that tries every earlier start j for every end i, not only the last 50 letters:
# O(n^2) substring look-ups, ~4.5 * 10^8 on 17-max-all-a-none.
import sys


def main():
    data = sys.stdin.read().split()
    m = int(data[0])
    words, text = set(data[1 : 1 + m]), data[1 + m]
    n = len(text)
    start = [-1] * (n + 1)
    start[0] = 0
    for i in range(1, n + 1):
        for j in range(i):
            if start[j] >= 0 and text[j:i] in words:
                start[i] = j
                break
    if start[n] < 0:
        print("NONE")
        return
    pieces, i = [], n
    while i > 0:
        pieces.append(text[start[i] : i])
        i = start[i]
    print(" ".join(reversed(pieces)))


main()
