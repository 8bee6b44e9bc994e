# Mistake: numbers square (r, c) as r * rows + c: on a grid wider than tall, two squares share a number.
# Caught by sample 2 ((0, 2) and (1, 0) of a 2 x 3 grid are both number 2) and secret 04-wide-grid.
def solve(rows, cols, freezes):
    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    sheets, out = 0, []
    for r, c in freezes:
        square = r * rows + c
        if square not in parent:
            parent[square] = square
            sheets += 1
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and nr * rows + nc in parent:
                    a, b = find(square), find(nr * rows + nc)
                    if a != b:
                        parent[a] = b
                        sheets -= 1
        out.append(sheets)
    return out
