"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(113)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 20000


def answer(n, rules):
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    day = [d for d in range(n) if waiting[d] == 0]
    days = done = 0
    while day:
        days += 1
        done += len(day)
        nxt = []
        for u in day:
            for v in after[u]:
                waiting[v] -= 1
                if waiting[v] == 0:
                    nxt.append(v)
        day = nxt
    return days if done == n else -1


def write(path, n, rules, expected=None):
    got = answer(n, rules)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([n, rules], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


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


write("sample/1", 5, [[0, 2], [1, 2], [2, 3], [1, 4]], 3)
write("sample/2", 3, [[0, 1], [1, 2], [2, 1]], -1)
write("sample/3", 4, [], 1)
write("secret/01-one-drill", 1, [], 1)
write("secret/02-drill-before-itself", 1, [[0, 0]], -1)
write("secret/03-repeated-rule", 2, [[0, 1], [0, 1], [0, 1]], 2)
# Drill 0 leads nowhere; the longest chain starts elsewhere.
write("secret/04-chain-not-from-zero", 5, [[3, 1], [1, 4], [4, 2]], 4)
# A loop behind a free part: the free drills do not make the plan possible.
write("secret/05-loop-behind", 5, [[0, 1], [1, 2], [2, 3], [3, 2], [3, 4]], -1)
write("secret/06-two-way", 2, [[1, 0], [0, 1]], -1)
# Two chains of different lengths side by side.
write("secret/07-two-chains", 7, [[0, 1], [1, 2], [3, 4], [4, 5], [5, 6]], 4)
# A shortcut rule does not shorten anything: the long chain still decides.
write("secret/08-shortcut", 4, [[0, 3], [0, 1], [1, 2], [2, 3]], 4)
for i in range(6):
    n = random.randint(2, 12)
    rules = random_dag(n, random.randint(1, 20))
    if i % 3 == 2:
        rules.append([random.randrange(n), random.randrange(n)])
    write("secret/%02d-small-random" % (9 + i), n, rules)
# Large: one chain through every drill (2 * 10^4 days), listed in random order.
write("secret/15-large-chain", N, relabel(N, [[i, i + 1] for i in range(N - 1)]), N)
# Large: a star: one drill before all the others (2 days), and all before one (2 days).
write("secret/16-large-star-out", N, relabel(N, [[0, i] for i in range(1, N)]), 2)
write("secret/17-large-star-in", N, relabel(N, [[i, 0] for i in range(1, N)] + [[1, 0]]), 2)
# Large: layered random rules; and the same with one rule closing a loop at the very end.
rules = random_dag(N, N - 1)
write("secret/18-large-random", N, rules)
write("secret/19-large-random-loop", N, rules[:-1] + [[rules[0][1], rules[0][0]]], -1)
