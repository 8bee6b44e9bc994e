"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].

Each test is a correct search tree (the answer) whose two chosen nodes get their values swapped (the
input). Trees are arrays (val, left, right; -1 = no child) written in level order."""
import json
import os
import random
import sys

random.seed(44)
root_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIG = 10**9


class Tree:
    def __init__(self):
        self.val, self.left, self.right = [], [], []

    def node(self, v):
        self.val.append(v)
        self.left.append(-1)
        self.right.append(-1)
        return len(self.val) - 1

    def insert(self, v):
        if not self.val:
            return self.node(v)
        u = 0
        while True:
            side = self.left if v < self.val[u] else self.right
            if side[u] < 0:
                side[u] = self.node(v)
                return side[u]
            u = side[u]

    def level_order(self, vals=None):
        vals = self.val if vals is None else vals
        out, queue = [vals[0]], [0]
        for u in queue:
            for c in (self.left[u], self.right[u]):
                out.append(None if c < 0 else vals[c])
                if c >= 0:
                    queue.append(c)
        while out[-1] is None:
            out.pop()
        return out

    def in_order_nodes(self):
        out, stack, u = [], [], 0
        while stack or u >= 0:
            while u >= 0:
                stack.append(u)
                u = self.left[u]
            u = stack.pop()
            out.append(u)
            u = self.right[u]
        return out


def built(keys):
    t = Tree()
    for k in keys:
        t.insert(k)
    return t


def balanced(keys):
    keys, order, ranges = sorted(keys), [], [(0, len(keys))]
    while ranges:
        nxt = []
        for lo, hi in ranges:
            if lo < hi:
                mid = (lo + hi) // 2
                order.append(keys[mid])
                nxt += [(lo, mid), (mid + 1, hi)]
        ranges = nxt
    return built(order)


def chain(keys, sides):
    """A path whose node i+1 hangs on side sides[i] of node i, with values that keep it a search tree."""
    t = Tree()
    prev = t.node(None)
    for s in sides:
        cur = t.node(None)
        (t.left if s == "L" else t.right)[prev] = cur
        prev = cur
    for u, k in zip(t.in_order_nodes(), sorted(keys)):
        t.val[u] = k
    return t


def write(path, t, a, b, expected_input=None):
    """a, b: positions in in-order of the two nodes whose values get swapped."""
    nodes = t.in_order_nodes()
    swapped = list(t.val)
    x, y = nodes[a], nodes[b]
    swapped[x], swapped[y] = swapped[y], swapped[x]
    given = t.level_order(swapped)
    if expected_input is not None:
        assert given == expected_input, (path, given)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(json.dumps([given], separators=(",", ":")) + "\n")
    with open(os.path.join(root_dir, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(t.level_order(), separators=(",", ":")) + "\n")


# Samples: two waymarks far apart in order (10 and 60), and a root swapped with its left child.
write("sample/1", built([40, 20, 60, 10, 30, 50, 70]), 0, 5, [40, 20, 10, 60, 30, 50, 70])
write("sample/2", built([8, 3, 9]), 0, 1, [3, 8, 9])

write("secret/01-two-nodes-root-left", built([5, 2]), 0, 1)
write("secret/02-two-nodes-root-right", built([5, 9]), 0, 1)
write("secret/03-negative-values", built([-3, -8, -1, -9, -5]), 1, 4)
write("secret/04-extremes", built([0, -BIG, BIG]), 0, 2)
write("secret/05-root-and-deepest", built([50, 20, 80, 10, 30, 70, 90, 25, 27]), 3, 7)
# Neighbours in order that are not parent and child: only one inversion shows.
t = built([50, 20, 80, 10, 30, 70, 90])
write("secret/06-neighbours-in-order", t, 2, 3)
write("secret/07-first-and-last", balanced(range(1, 16)), 0, 14)
write("secret/08-first-two", balanced(range(1, 16)), 0, 1)
write("secret/09-last-two", balanced(range(1, 16)), 13, 14)
write("secret/10-root-with-successor", balanced(range(1, 16)), 7, 8)
# Inversions whose middle elements tempt a wrong pick: the second swapped value is not next to the
# first inversion.
write("secret/11-gap-of-three", balanced(range(10, 100, 10)), 2, 5)
for i in range(12, 18):
    n = random.randint(2, 200)
    keys = random.sample(range(-1000, 1000), n)
    a, b = sorted(random.sample(range(n), 2))
    write("secret/%02d-random-small" % i, built(keys), a, b)

N = 10**5
# A right chain of 10^5 (depth 10^5): the top and the bottom swapped.
write("secret/18-max-right-chain-ends", chain(range(N), "R" * (N - 1)), 0, N - 1)
# A left chain of 2 * 10^4 with two neighbours in the middle swapped.
write("secret/19-long-left-chain-neighbours", chain(range(0, 60000, 3), "L" * (N // 5 - 1)), 9000, 9001)
# A random tree of 2 * 10^4 keys over the whole range, two random nodes swapped.
keys = list(set(random.sample(range(-BIG + 1, BIG, 7919), 20000)) | {-BIG, BIG})
write("secret/20-random-large", built(random.sample(keys, len(keys))), 1234, 15000)
