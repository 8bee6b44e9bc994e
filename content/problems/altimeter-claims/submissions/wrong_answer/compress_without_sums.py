# Mistake: path compression points every hut at the root but keeps its offset to its old parent, so
# heights above the root are wrong after the first compression. Caught by secret 09-chain-then-ends.
def solve(n, claims):
    parent = list(range(n))
    offset = [0] * n

    def height(x):
        total = 0
        while parent[x] != x:
            total += offset[x]
            x = parent[x]
        return total

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for i, (a, b, d) in enumerate(claims):
        ha, hb = height(a), height(b)
        ra, rb = find(a), find(b)
        if ra == rb:
            if hb - ha != d:
                return i
        else:
            parent[ra] = rb
            offset[ra] = hb - ha - d
    return -1
