# Mistake: returns the cost of what it built even when the huts are not all joined. Caught by sample 2.
def solve(n, lines):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    for a, b, cost in sorted(lines, key=lambda line: line[2]):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total += cost
    return total
