# Mistake: lowers the count once per frozen neighbour, even when two neighbours are already one sheet.
# Caught by secret 06-ring-closes (the last square touches the ring from two sides).
def solve(rows, cols, freezes):
    parent = {}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    sheets, out = 0, []
    for r, c in freezes:
        if (r, c) not in parent:
            parent[(r, c)] = (r, c)
            sheets += 1
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if (nr, nc) in parent:
                    a, b = find((r, c)), find((nr, nc))
                    if a != b:
                        parent[a] = b
                    sheets -= 1  # should be inside the `if`
        out.append(sheets)
    return out
