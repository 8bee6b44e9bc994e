def solve(n, lines):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = built = 0
    for a, b, cost in sorted(lines, key=lambda line: line[2]):  # cheapest first
        ra, rb = find(a), find(b)
        if ra != rb:  # joins two groups: never closes a loop
            parent[ra] = rb
            total += cost
            built += 1
            if built == n - 1:
                break
    return total if built == n - 1 else -1
