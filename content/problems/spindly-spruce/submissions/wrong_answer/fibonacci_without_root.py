# N(h) = N(h-1) + N(h-2) without the + 1 for the root: too few nodes per height, so the tallest
# height comes out too large (sample 1: 7 nodes give 5).
FEWEST = [0, 1, 2]
while FEWEST[-1] <= 10**15:
    FEWEST.append(FEWEST[-1] + FEWEST[-2])


def solve(sizes):
    out = []
    for n in sizes:
        tallest = 0
        while FEWEST[tallest + 1] <= n:
            tallest += 1
        out.append([n.bit_length(), tallest])
    return out
