# Takes the smallest h with N(h) >= n instead of the largest with N(h) <= n: right on the
# thresholds (where the samples sit), one too high between them (02-small-all: 5 nodes give 4).
FEWEST = [0, 1]
while FEWEST[-1] <= 10**15:
    FEWEST.append(FEWEST[-1] + FEWEST[-2] + 1)


def solve(sizes):
    out = []
    for n in sizes:
        h = 0
        while FEWEST[h] < n:
            h += 1
        out.append([n.bit_length(), h])
    return out
