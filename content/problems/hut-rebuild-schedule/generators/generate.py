"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import os
import random
import sys

random.seed(131)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N, D = 100000, 10**9


def answer(n, d, rules):
    after = [[] for _ in range(n + 1)]
    waiting = [0] * (n + 1)
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    order = [v for v in range(1, n + 1) if waiting[v] == 0]
    for u in order:
        for v in after[u]:
            waiting[v] -= 1
            if waiting[v] == 0:
                order.append(v)
    if len(order) != n:
        return "IMPOSSIBLE"
    start = [0] * (n + 1)
    for u in order:
        for v in after[u]:
            start[v] = max(start[v], start[u] + d[u - 1])
    total = max(start[v] + d[v - 1] for v in range(1, n + 1))
    latest = [0] * (n + 1)
    for u in reversed(order):
        finish = min((latest[w] for w in after[u]), default=total)
        latest[u] = finish - d[u - 1]
    critical = [v for v in range(1, n + 1) if latest[v] == start[v]]
    return "%d\n%d\n%s" % (total, len(critical), " ".join(map(str, critical)))


def write(path, n, d, rules, expected=None):
    got = answer(n, d, rules)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (n, len(rules), " ".join(map(str, d))) + "".join("%d %d\n" % r for r in rules))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(got + "\n")


def relabel(n, d, rules):
    names = [0] + random.sample(range(1, n + 1), n)
    nd = [0] * n
    for i in range(1, n + 1):
        nd[names[i] - 1] = d[i - 1]
    rules = [(names[a], names[b]) for a, b in rules]
    random.shuffle(rules)
    return nd, rules


write("sample/1", 5, [3, 2, 4, 1, 5], [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)], "13\n4\n1 3 4 5")
write("sample/2", 3, [1, 1, 1], [(1, 2), (2, 3), (3, 2)], "IMPOSSIBLE")
write("secret/01-one-task", 1, [7], [], "7\n1\n1")
write("secret/02-task-before-itself", 2, [1, 1], [(2, 2)], "IMPOSSIBLE")
# No rules: only the longest task is critical; the others may slide.
write("secret/03-no-rules", 4, [5, 9, 9, 2], [], "9\n2\n2 3")
# Two longest chains of equal length: every task of both is critical.
write("secret/04-two-critical-chains", 5, [2, 3, 3, 2, 1], [(1, 2), (2, 5), (1, 3), (3, 5), (1, 4)], "6\n4\n1 2 3 5")
# The last task of the order finishes early; the project ends with another task.
write("secret/05-late-end-elsewhere", 3, [10, 1, 1], [(2, 3)], "10\n1\n1")
# A task with no follower that ends early is not critical.
write("secret/06-short-dead-end", 4, [1, 1, 5, 1], [(1, 2), (1, 3), (3, 4)], "7\n3\n1 3 4")
write("secret/07-repeated-rules", 3, [4, 4, 4], [(1, 2), (1, 2), (2, 3), (1, 3)], "12\n3\n1 2 3")
write("secret/08-circle-behind", 4, [1, 1, 1, 1], [(1, 2), (2, 3), (3, 4), (4, 3)], "IMPOSSIBLE")
# Three tasks of 10^9 in a chain: 3 * 10^9 does not fit in 32 bits.
write("secret/09-past-32-bits", 3, [D, D, D], [(1, 2), (2, 3)], "%d\n3\n1 2 3" % (3 * D))
for i in range(6):
    n = random.randint(2, 10)
    rules = []
    for _ in range(random.randint(1, 15)):
        a, b = random.sample(range(1, n + 1), 2)
        rules.append((min(a, b), max(a, b)))
    if i == 5:
        rules.append((rules[0][1], rules[0][0]))
    d, rules = relabel(n, [random.randint(1, 9) for _ in range(n)], rules)
    write("secret/%02d-small-random" % (10 + i), n, d, rules)
# A chain of 5000 tasks of 10^9 minutes, listed backwards: T = 5 * 10^12.
d, rules = relabel(5000, [D] * 5000, [(i, i + 1) for i in range(1, 5000)])
write("secret/16-heavy-chain", 5000, d, rules)
# Random rules over 20 000 tasks: two parallel critical chains and many side tasks.
n = 20000
rules = [(random.randint(1, i - 1), i) for i in range(2, n + 1) for _ in range(1)]
d, rules = relabel(n, [random.randint(1, D) for _ in range(n)], rules)
write("secret/17-random-tree", n, d, rules)
# Large: one chain through all 10^5 tasks (10^5 deep), rules listed backwards, short durations.
chain = [(i, i + 1) for i in range(1, N)][::-1] + [(1, 2)]
write("secret/18-large-chain-backwards", N, [random.randint(1, 9) for _ in range(N)], chain)
