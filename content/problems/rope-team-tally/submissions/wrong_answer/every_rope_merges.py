# Mistake: lowers the count for every rope, even one inside a team. Caught by sample 1 (third rope).
def solve(n, ropes):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    teams, board = n, []
    for a, b in ropes:
        parent[find(a)] = find(b)
        teams -= 1
        board.append(teams)
    return board
