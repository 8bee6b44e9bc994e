# Prints 1..n in order: a permutation, but neighbours differ by exactly 1.
n = int(input())
if n in (2, 3):
    print("NONE")
else:
    print(*range(1, n + 1))
