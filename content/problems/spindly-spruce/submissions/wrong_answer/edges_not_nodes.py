# Counts height in edges (a single node has height 0): every answer is one too low (sample 1).
FEWEST = [0, 1]
while FEWEST[-1] <= 10**15:
    FEWEST.append(FEWEST[-1] + FEWEST[-2] + 1)


def solve(sizes):
    out = []
    for n in sizes:
        tallest = 0
        while FEWEST[tallest + 1] <= n:
            tallest += 1
        out.append([max(n.bit_length() - 1, 0), max(tallest - 1, 0)])
    return out
