"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(101)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N, K, D = 20000, 20000, 10**9


def answer(n, claims):
    parent = list(range(n))
    offset = [0] * n  # height minus the parent's height

    def find(x):
        path = []
        while parent[x] != x:
            path.append(x)
            x = parent[x]
        total = 0
        for y in reversed(path):  # nearest the root first
            total += offset[y]
            offset[y] = total
            parent[y] = x
        return x

    for i, (a, b, d) in enumerate(claims):
        ra, rb = find(a), find(b)
        if ra == rb:
            if offset[b] - offset[a] != d:
                return i
        else:
            parent[ra] = rb
            offset[ra] = offset[b] - offset[a] - d
    return -1


def write(path, n, claims, expected=None):
    got = answer(n, claims)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([n, claims], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def consistent(n, k, spread, hut_count=None):
    """k true claims about random heights (so all agree)."""
    height = [random.randint(-spread, spread) for _ in range(n)]
    huts = hut_count or n
    claims = []
    for _ in range(k):
        a, b = random.randrange(huts), random.randrange(huts)
        claims.append([a, b, height[b] - height[a]])
    return claims, height


write("sample/1", 4, [[0, 1, 100], [1, 2, -30], [3, 2, 5], [0, 2, 70], [0, 3, 60]], 4)
write("sample/2", 3, [[0, 1, 5], [2, 2, 0], [1, 0, -5]], -1)
write("secret/01-one-hut-level", 1, [[0, 0, 0]], -1)
write("secret/02-one-hut-contradiction", 1, [[0, 0, 0], [0, 0, 7]], 1)
write("secret/03-first-claim-self", 2, [[1, 1, -1], [0, 1, 3]], 0)
write("secret/04-same-pair-twice", 2, [[0, 1, 3], [0, 1, 4]], 1)
write("secret/05-reversed-pair", 2, [[0, 1, 3], [1, 0, 3]], 1)
# The contradiction only shows through a chain of other huts.
write("secret/06-through-a-chain", 5, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [4, 0, -3]], 4)
# Joining two groups: the linking offset's sign matters only when later claims cross the join.
write("secret/07-join-two-groups", 6, [[0, 1, 10], [2, 3, -4], [4, 5, 7], [1, 3, 2], [3, 5, 1], [0, 5, 13], [2, 4, -10], [0, 4, 7]], 7)
write("secret/08-all-consistent", 6, [[0, 1, 10], [2, 3, -4], [4, 5, 7], [1, 3, 2], [3, 5, 1], [0, 5, 13], [2, 4, -10]], -1)
# Path compression must add up the offsets: a long chain, then a claim about its two ends.
write("secret/09-chain-then-ends", 8, [[i, i + 1, 2] for i in range(7)] + [[3, 5, 4], [0, 7, 14], [0, 7, 13]], 9)
for i in range(6):
    n = random.randint(2, 10)
    claims, height = consistent(n, random.randint(3, 20), 50)
    if i % 2 == 0:
        j = random.randrange(len(claims))
        claims[j][2] += random.choice([-1, 1])
    write("secret/%02d-small-random" % (10 + i), n, claims)
# Large: a chain 0 -> 1 -> ... of the largest rises (hut N - 3 stands 2 * 10^13 above hut 0), two
# claims that agree with it at its two ends, then one that does not.
chain = [[i, i + 1, D] for i in range(N - 3)]
write("secret/16-large-chain", N, chain + [[N - 3, N - 4, -D], [0, 1, D], [0, N - 3, D]], K - 1)
# Large: all true, random huts and heights over a wide range, linked in random order.
claims, height = consistent(N, K, D // 2)
write("secret/17-large-random-true", N, claims, -1)
# Large: the same claims with one wrong claim in the middle, and one at the very start.
wrong = [c[:] for c in claims]
middle = K // 2
while True:
    a, b = random.randrange(N), random.randrange(N)
    if a != b:
        break
wrong.insert(middle, [a, b, height[b] - height[a] + 1])
write("secret/18-large-wrong-in-middle", N, wrong[:K])
# Large: a star of claims around hut 0 (odd huts 10^9 lower, even huts 10^9 higher), then two claims
# between leaves: the first agrees, the last does not.
star = [[0, i, -D if i % 2 else D] for i in range(1, N)]
leaves = [[1, 3, 0], [N - 2, N - 4, 1]]
write("secret/19-large-star", N, star[: K - 2] + leaves, K - 1)
