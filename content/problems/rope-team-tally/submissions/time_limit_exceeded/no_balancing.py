# O(n * m): union-find without union by size and without path compression. On secret 14-large-star,
# root(0) is hung under each new climber in turn: a chain that every later find(0) walks in full.
def solve(n, ropes):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    teams, board = n, []
    for a, b in ropes:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            teams -= 1
        board.append(teams)
    return board
