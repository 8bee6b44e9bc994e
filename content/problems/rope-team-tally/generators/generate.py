"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(89)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 20000


def answer(n, ropes):
    parent = list(range(n))
    size = [1] * n

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    teams, board = n, []
    for a, b in ropes:
        ra, rb = find(a), find(b)
        if ra != rb:
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            teams -= 1
        board.append(teams)
    return board


def write(path, n, ropes, expected=None):
    got = answer(n, ropes)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([n, ropes], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", 5, [[0, 1], [2, 3], [1, 0], [3, 1]], [4, 3, 3, 2])
write("sample/2", 3, [[2, 2], [0, 2], [1, 0]], [3, 2, 1])
write("secret/01-one-climber-no-ropes", 1, [], [])
write("secret/02-one-climber-tied-to-self", 1, [[0, 0], [0, 0]], [1, 1])
write("secret/03-no-ropes", 4, [], [])
write("secret/04-same-rope-again", 3, [[0, 1], [1, 0], [0, 1]], [2, 2, 2])
# A triangle: the third rope closes a loop inside one team.
write("secret/05-triangle", 3, [[0, 1], [1, 2], [2, 0]], [2, 1, 1])
# Linking climbers, not roots: after 0-1 and 0-2, parent[0] = 2 cuts 0 off 1's team.
write("secret/06-link-non-roots", 4, [[0, 1], [0, 2], [1, 2], [3, 1]], [3, 2, 2, 1])
write("secret/07-two-teams-merge", 6, [[0, 1], [1, 2], [3, 4], [4, 5], [2, 5], [0, 3]], [5, 4, 3, 2, 1, 1])
for i in range(6):
    n = random.randint(1, 15)
    write("secret/%02d-small-random" % (8 + i), n, [[random.randrange(n), random.randrange(n)] for _ in range(random.randint(1, 25))])
# Large: every climber tied to climber 0 in turn (a star). Linking root(a) under root(b) without union
# by size or path compression turns it into a chain that every later find walks from the bottom.
write("secret/14-large-star", N, [[0, i] for i in range(1, N)] + [[0, 0]])
# Large: a path tied end to end, and the same ropes again (all redundant).
path = [[i, i + 1] for i in range(N // 2 - 1)]
write("secret/15-large-path-twice", N // 2, path + path[::-1])
# Large: random ropes; many inside teams once the big team forms.
write("secret/16-large-random", N, [[random.randrange(N), random.randrange(N)] for _ in range(N)])
# Large: two big teams built separately, joined by the very last rope.
half = N // 2
ropes = [[i, i + 1] for i in range(half - 1)] + [[i, i + 1] for i in range(half, N - 1)]
random.shuffle(ropes)
write("secret/17-large-join-at-end", N, ropes[: N - 2] + [[random.randrange(half), random.randrange(half, N)]])
