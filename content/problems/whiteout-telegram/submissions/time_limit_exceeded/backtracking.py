# Tries every split (longest word first) without remembering positions that already failed:
# exponential on 17-max-all-a-none (runs of a's ending in b).
import sys

sys.setrecursionlimit(10000)


def main():
    data = sys.stdin.read().split()
    m = int(data[0])
    words, text = set(data[1 : 1 + m]), data[1 + m]
    longest = max(map(len, words))
    pieces = []

    def split(i):
        if i == len(text):
            return True
        for length in range(min(longest, len(text) - i), 0, -1):
            if text[i : i + length] in words:
                pieces.append(text[i : i + length])
                if split(i + length):
                    return True
                pieces.pop()
        return False

    print(" ".join(pieces) if split(0) else "NONE")


main()
