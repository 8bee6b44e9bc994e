def solve(n, ropes):
    parent = list(range(n))
    size = [1] * n

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression: everyone on the way points at the root
            parent[x], x = root, parent[x]
        return root

    teams = n
    board = []
    for a, b in ropes:
        ra, rb = find(a), find(b)
        if ra != rb:  # only a rope between two teams merges anything
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra  # union by size: the smaller team hangs under the larger
            size[ra] += size[rb]
            teams -= 1
        board.append(teams)
    return board
