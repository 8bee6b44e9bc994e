# Bit by bit from the top with a set of prefixes: can two codes' top bits XOR to best | this bit?
def solve(codes):
    best = 0
    for b in range(30, -1, -1):
        want = best | (1 << b)
        prefixes = {c >> b for c in codes}
        target = want >> b
        if any((p ^ target) in prefixes for p in prefixes):
            best = want
    return best
