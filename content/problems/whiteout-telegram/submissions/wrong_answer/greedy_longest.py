# Greedy: always takes the longest dictionary word at the current position, never reconsidering
# (05-longest-first-fails: snowman, then nothing fits "ners").
import sys


def main():
    data = sys.stdin.read().split()
    m = int(data[0])
    words, text = set(data[1 : 1 + m]), data[1 + m]
    longest = max(map(len, words))
    pieces, i = [], 0
    while i < len(text):
        for length in range(min(longest, len(text) - i), 0, -1):
            if text[i : i + length] in words:
                pieces.append(text[i : i + length])
                i += length
                break
        else:
            print("NONE")
            return
    print(" ".join(pieces))


main()
