# Mistake: returns the claim's position counting from 1. Caught by sample 1.
def solve(n, claims):
    parent = list(range(n))
    offset = [0] * n

    def find(x):
        if parent[x] == x:
            return x
        path = []
        while parent[x] != x:
            path.append(x)
            x = parent[x]
        above = 0
        for y in reversed(path):
            above += offset[y]
            offset[y] = above
            parent[y] = x
        return x

    for i, (a, b, d) in enumerate(claims, start=1):
        ra, rb = find(a), find(b)
        if ra == rb:
            if offset[b] - offset[a] != d:
                return i
        else:
            parent[ra] = rb
            offset[ra] = offset[b] - offset[a] - d
    return -1
