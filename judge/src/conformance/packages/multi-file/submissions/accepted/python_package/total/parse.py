import sys


def numbers():
    tokens = sys.stdin.read().split()
    return [int(token) for token in tokens[1:]]
