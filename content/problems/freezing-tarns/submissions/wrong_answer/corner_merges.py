# Mistake: merges with all eight surrounding squares, across corners. Caught by sample 1.
def solve(rows, cols, freezes):
    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    sheets, out = 0, []
    for r, c in freezes:
        if (r, c) not in parent:
            parent[(r, c)] = (r, c)
            sheets += 1
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if (r + dr, c + dc) in parent:
                        a, b = find((r, c)), find((r + dr, c + dc))
                        if a != b:
                            parent[a] = b
                            sheets -= 1
        out.append(sheets)
    return out
