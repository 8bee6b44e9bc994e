"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(107)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N, M, H = 20000, 20000, 8848


def answer(n, passes, start, goal):
    if start == goal:
        return 0
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, h in sorted(passes, key=lambda p: p[2]):
        parent[find(a)] = find(b)
        if find(start) == find(goal):
            return h
    return -1


def write(path, n, passes, start, goal, expected=None):
    got = answer(n, passes, start, goal)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([n, passes, start, goal], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def shuffled(n, passes):
    names = list(range(n))
    random.shuffle(names)
    passes = [[names[a], names[b], h] for a, b, h in passes]
    random.shuffle(passes)
    return passes, names


write("sample/1", 4, [[0, 3, 3100], [0, 1, 2200], [1, 2, 2500], [2, 3, 2400]], 0, 3, 2500)
write("sample/2", 3, [[0, 1, 1500], [2, 2, 900]], 0, 2, -1)
write("sample/3", 5, [[1, 2, 2000], [2, 3, 1000], [1, 3, 1800], [3, 4, 3000]], 1, 3, 1800)
write("secret/01-one-valley", 1, [], 0, 0, 0)
write("secret/02-same-valley", 3, [[0, 1, 500], [1, 2, 700]], 2, 2, 0)
write("secret/03-no-passes", 2, [], 0, 1, -1)
write("secret/04-twin-passes", 2, [[1, 0, 4000], [0, 1, 2600], [1, 1, 1]], 1, 0, 2600)
# Many low passes against one high pass: the sum of heights favours the single pass.
write("secret/05-many-low-passes", 6, [[0, 5, 3000], [0, 1, 2000], [1, 2, 2000], [2, 3, 2000], [3, 4, 2000], [4, 5, 2000]], 0, 5, 2000)
# The spanning tree's highest pass (8000, to valley 4) is not on the route from 0 to 2.
write("secret/06-tree-max-off-route", 5, [[0, 1, 100], [1, 2, 200], [2, 3, 300], [3, 4, 8000], [0, 2, 250]], 0, 2, 200)
write("secret/07-extreme-heights", 3, [[0, 1, 1], [1, 2, H], [0, 2, H]], 0, 2, H)
for i in range(6):
    n = random.randint(2, 10)
    passes = [[random.randrange(n), random.randrange(n), random.randint(1, 50)] for _ in range(random.randint(1, 3 * n))]
    start, goal = random.sample(range(n), 2)
    write("secret/%02d-small-random" % (8 + i), n, passes, start, goal)
# Large: a path through every valley with all heights different, start and goal at its two ends;
# the highest pass of the path decides. Opening heights one at a time with a new search is too slow.
heights = random.sample(range(1, H + 1), H) + [random.randint(1, H - 1) for _ in range(N - 1 - H)]
random.shuffle(heights)
passes = [[i, i + 1, heights[i]] for i in range(N - 1)] + [[0, N - 1, H]]
random.shuffle(passes)
write("secret/14-large-path", N, passes, 0, N - 1, H)
# Large: a random tree of passes plus random extra passes; start and goal at random.
tree = [[i, random.randrange(max(0, i - 50), i), random.randint(1, H)] for i in range(1, N // 2)]
extra = [[random.randrange(N // 2), random.randrange(N // 2), random.randint(1, H)] for _ in range(M - len(tree))]
write("secret/15-large-random", N // 2, tree + extra, 7, N // 2 - 1)
# Large: a star of passes around valley 0 and a goal out of reach.
write("secret/16-large-unreachable", N, [[0, i, random.randint(1, H)] for i in range(1, N - 1)], N - 1, 1, -1)
# Large: dense passes over few valleys with every height; the answer is high.
dense = [[random.randrange(200), random.randrange(200), random.randint(1, H)] for _ in range(M - 1)]
write("secret/17-large-dense-high", 201, dense + [[200, random.randrange(200), H]], 200, 0, H)
