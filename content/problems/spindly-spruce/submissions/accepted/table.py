# Precomputed sparsest-tree sizes; integers only (bit_length for the lowest height).
FEWEST = [0, 1]
while FEWEST[-1] <= 10**15:
    FEWEST.append(FEWEST[-1] + FEWEST[-2] + 1)


def solve(sizes):
    out = []
    for n in sizes:
        tallest = 0
        while FEWEST[tallest + 1] <= n:
            tallest += 1
        out.append([n.bit_length(), tallest])  # 2^h - 1 >= n  <=>  h >= bit_length(n)
    return out
