def solve(rows, cols, freezes):
    parent = {}  # only frozen squares, numbered r * cols + c

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    sheets = 0
    out = []
    for r, c in freezes:
        square = r * cols + c
        if square not in parent:
            parent[square] = square
            sheets += 1
            # Neighbours by coordinates, checked against the grid before numbering them.
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and nr * cols + nc in parent:
                    a, b = find(square), find(nr * cols + nc)
                    if a != b:  # two different sheets become one
                        parent[a] = b
                        sheets -= 1
        out.append(sheets)
    return out
