def solve(n, claims):
    parent = list(range(n))
    size = [1] * n
    offset = [0] * n  # a hut's height minus its parent's height

    def find(x):
        """The root of x; afterwards x points at it and offset[x] is x's height above it."""
        path = []
        while parent[x] != x:
            path.append(x)
            x = parent[x]
        above = 0
        for y in reversed(path):  # from the hut nearest the root outwards
            above += offset[y]
            offset[y] = above
            parent[y] = x
        return x

    for i, (a, b, d) in enumerate(claims):
        ra, rb = find(a), find(b)
        ha, hb = offset[a], offset[b]  # heights above their roots
        if ra == rb:
            if hb - ha != d:
                return i
            continue
        # height(b) - height(a) = d, with height(x) = height(root) + h: link the smaller root.
        if size[ra] <= size[rb]:
            parent[ra] = rb
            offset[ra] = hb - ha - d
            size[rb] += size[ra]
        else:
            parent[rb] = ra
            offset[rb] = ha - hb + d
            size[ra] += size[rb]
    return -1
