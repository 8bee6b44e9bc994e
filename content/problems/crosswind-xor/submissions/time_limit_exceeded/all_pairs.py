# Correct but O(n^2): 2 * 10^8 XORs on 12-max-random, over a minute in Python.
def solve(codes):
    best = 0
    for i in range(len(codes)):
        x = codes[i]
        for j in range(i + 1, len(codes)):
            if x ^ codes[j] > best:
                best = x ^ codes[j]
    return best
