# Takes the value at position k, as if the heap's array were sorted (sample 1: a_4 = 9, not 6).
import sys

n, k = map(int, sys.stdin.readline().split())
print("?", k, flush=True)
print("!", int(sys.stdin.readline()), flush=True)
