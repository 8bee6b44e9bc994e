"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].
Each .ans is one right answer, found by an iterative three-colour DFS; the checker accepts any and
reads only its first word (ORDER or CYCLE), so for more than 1000 courses only that word is written."""
import os
import random
import sys

random.seed(67)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000


def answer(n, rules):
    graph = [[] for _ in range(n + 1)]
    for a, b in rules:
        graph[a].append(b)
    colour = [0] * (n + 1)  # 0 white, 1 grey, 2 black
    parent = [0] * (n + 1)
    done = []
    for root_course in range(1, n + 1):
        if colour[root_course]:
            continue
        colour[root_course] = 1
        stack = [(root_course, 0)]
        while stack:
            u, i = stack[-1]
            if i == len(graph[u]):
                stack.pop()
                colour[u] = 2
                done.append(u)
                continue
            stack[-1] = (u, i + 1)
            v = graph[u][i]
            if colour[v] == 1:
                cycle = [u]
                while cycle[-1] != v:
                    cycle.append(parent[cycle[-1]])
                return "CYCLE %d\n%s" % (len(cycle), " ".join(map(str, reversed(cycle))))
            if colour[v] == 0:
                colour[v] = 1
                parent[v] = u
                stack.append((v, 0))
    return "ORDER\n" + " ".join(map(str, reversed(done)))


def write(path, n, rules, kind=None):
    got = answer(n, rules)
    if kind is not None:
        assert got.startswith(kind), (path, got[:20])
    assert path.startswith("secret") or n <= 1000
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write("%d %d\n" % (n, len(rules)) + "".join("%d %d\n" % r for r in rules))
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write((got if n <= 1000 else got.split()[0]) + "\n")


def relabel(n, rules):
    """Shuffle course numbers and rule order, so no answer is visible from the numbering."""
    names = list(range(1, n + 1))
    random.shuffle(names)
    rules = [(names[a - 1], names[b - 1]) for a, b in rules]
    random.shuffle(rules)
    return rules


def chain(n):
    return [(i, i + 1) for i in range(1, n)]


def random_dag(n, m):
    rules = []
    for _ in range(m):
        a, b = random.sample(range(1, n + 1), 2) if n > 1 else (1, 1)
        rules.append((min(a, b), max(a, b)))
    return relabel(n, rules)


write("sample/1", 5, [(1, 2), (1, 3), (3, 2), (2, 4)], "ORDER")
write("sample/2", 5, [(1, 2), (2, 3), (3, 4), (4, 2), (4, 5)], "CYCLE")
write("secret/01-one-course", 1, [], "ORDER")
write("secret/02-one-course-before-itself", 1, [(1, 1)], "CYCLE")
write("secret/03-self-rule-among-others", 4, [(1, 2), (2, 3), (3, 3), (3, 4)], "CYCLE")
write("secret/04-repeated-rule", 3, [(2, 1), (2, 1), (3, 2), (2, 1)], "ORDER")
write("secret/05-two-way-rule", 2, [(1, 2), (2, 1)], "CYCLE")
# Two routes meet at course 4: it is finished (black), not on the path (grey). A two-state flag
# sees course 4 twice and reports a cycle that is not there.
write("secret/06-diamond", 4, [(1, 2), (1, 3), (2, 4), (3, 4)], "ORDER")
write("secret/07-diamond-reversed-numbers", 4, [(4, 3), (4, 2), (3, 1), (2, 1)], "ORDER")
# Courses nobody leads to, in several parts: a search from course 1 alone misses most of them.
write("secret/08-separate-parts", 7, [(3, 1), (5, 4), (7, 6), (6, 5)], "ORDER")
# The cycle sits in the second part only, behind an acyclic first part.
write("secret/09-cycle-in-second-part", 8, [(1, 2), (2, 3), (5, 6), (6, 7), (7, 8), (8, 6), (4, 5)], "CYCLE")
# Courses blocked by a cycle are not part of it: Kahn's left-overs are 2..6, the cycle is 3 4 5.
write("secret/10-cycle-with-tail", 6, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 3), (5, 6)], "CYCLE")
# A long cycle reached from a course numbered after it.
write("secret/11-cycle-entered-late", 6, [(6, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 1)], "CYCLE")
write("secret/12-no-rules", 6, [], "ORDER")
for i in range(5):
    n = random.randint(2, 12)
    write("secret/%02d-small-dag" % (13 + i), n, random_dag(n, random.randint(1, 20)), "ORDER")
for i in range(3):
    n = random.randint(3, 12)
    rules = random_dag(n, random.randint(2, 15))
    a, b = random.sample(range(1, n + 1), 2)
    write("secret/%02d-small-mixed" % (18 + i), n, rules + [(a, b), (b, a)] if i == 0 else rules + [(a, b)], None)
# Stars: one course before all others, and all others before one course.
write("secret/21-star-out", 2000, relabel(2000, [(1, i) for i in range(2, 2001)]), "ORDER")
write("secret/22-star-in", 2000, relabel(2000, [(i, 1) for i in range(2, 2001)]), "ORDER")
# Large: no rules at all. Scanning every course for the next free one is (10^5)^2 / 2 steps.
write("secret/23-large-no-rules", N, [], "ORDER")
# Every course in one complete order (300 courses, 44 850 rules): one right answer only.
K = 300
write("secret/24-complete", K, relabel(K, [(a, b) for a in range(1, K + 1) for b in range(a + 1, K + 1)]), "ORDER")
write("secret/25-random-dag", 20000, random_dag(20000, 20000), "ORDER")
# Large: one chain through all 10^5 courses (a recursive search goes that deep).
write("secret/26-large-chain", N, relabel(N, chain(N)), "ORDER")
# Large: a chain of half the courses, random rules forward off it, and one rule back along the chain:
# the cycle is ~5 * 10^4 courses long and found ~5 * 10^4 deep.
rules = chain(N // 2) + [(random.randint(1, N // 2), random.randint(N // 2 + 1, N)) for _ in range(N // 2)]
write("secret/27-large-one-back-rule", N, relabel(N, rules + [(N // 2, 7)]), "CYCLE")
