"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import heapq
import json
import os
import random
import sys

random.seed(127)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 20000


def answer(n, rules):
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    heap = [g for g in range(n) if waiting[g] == 0]
    heapq.heapify(heap)
    order = []
    while heap:
        u = heapq.heappop(heap)
        order.append(u)
        for v in after[u]:
            waiting[v] -= 1
            if waiting[v] == 0:
                heapq.heappush(heap, v)
    return order if len(order) == n else []


def write(path, n, rules, expected=None):
    got = answer(n, rules)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([n, rules], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


def relabel(n, rules):
    names = list(range(n))
    random.shuffle(names)
    rules = [[names[a], names[b]] for a, b in rules]
    random.shuffle(rules)
    return rules


def random_dag(n, m):
    rules = []
    for _ in range(m):
        a, b = random.sample(range(n), 2)
        rules.append([min(a, b), max(a, b)])
    return relabel(n, rules)


write("sample/1", 5, [[3, 1], [4, 1], [2, 0]], [2, 0, 3, 4, 1])
write("sample/2", 3, [[0, 1], [1, 2], [2, 0]], [])
write("sample/3", 4, [[1, 0]], [1, 0, 2, 3])
write("secret/01-one-guide", 1, [], [0])
write("secret/02-guide-before-self", 2, [[1, 1]], [])
write("secret/03-no-rules", 5, [], [0, 1, 2, 3, 4])
write("secret/04-repeated-rule", 3, [[2, 0], [2, 0]], [1, 2, 0])
write("secret/05-reverse-chain", 4, [[3, 2], [2, 1], [1, 0]], [3, 2, 1, 0])
# A small guide freed late must jump the queue of larger free guides.
write("secret/06-freed-late", 6, [[5, 0], [1, 2], [3, 4]], [1, 2, 3, 4, 5, 0])
# A circle behind free guides: no partial order is an answer.
write("secret/07-circle-behind", 5, [[0, 1], [1, 2], [2, 3], [3, 2], [0, 4]], [])
for i in range(6):
    n = random.randint(2, 12)
    rules = random_dag(n, random.randint(1, 15))
    if i % 3 == 2:
        rules.append([random.randrange(n), random.randrange(n)])
    write("secret/%02d-small-random" % (8 + i), n, rules)
# Large: one chain through all guides in random numbering.
write("secret/14-large-chain", N, relabel(N, [[i, i + 1] for i in range(N - 1)]))
# Large: guide N - 1 before everyone else: the smallest-free scan restarts from 0 each time.
write("secret/15-large-star", N, [[N - 1, i] for i in range(N - 1)] + [[N - 1, 0]])
write("secret/16-large-random", N, random_dag(N, N))
rules = random_dag(N, N - 1)
write("secret/17-large-random-circle", N, rules + [[rules[5][1], rules[5][0]]], [])
