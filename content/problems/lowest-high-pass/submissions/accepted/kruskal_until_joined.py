def solve(n, passes, start, goal):
    if start == goal:
        return 0
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, height in sorted(passes, key=lambda p: p[2]):  # the snow line rises
        parent[find(a)] = find(b)
        if find(start) == find(goal):  # first joined below this height
            return height
    return -1
