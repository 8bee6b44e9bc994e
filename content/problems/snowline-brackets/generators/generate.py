"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].

Trees are built as arrays (val, left, right; -1 = no child) and written in level order."""
import bisect
import json
import os
import random
import sys

random.seed(33)
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
        """Plain BST insertion (iterative); keys are distinct."""
        if not self.val:
            return self.node(v)
        u = 0
        while True:
            side = self.left if v < self.val[u] else self.right
            if side[u] < 0:
                side[u] = self.node(v)
                return side[u]
            u = side[u]

    def level_order(self):
        if not self.val:
            return []
        out, queue = [self.val[0]], [0]
        for u in queue:
            for c in (self.left[u], self.right[u]):
                out.append(None if c < 0 else self.val[c])
                if c >= 0:
                    queue.append(c)
        while out and out[-1] is None:
            out.pop()
        return out


def balanced(keys):
    """Insert sorted distinct keys middle-first: a balanced search tree."""
    t, stack = Tree(), [(0, len(keys))]
    order = []
    while stack:  # breadth-first order of the middles keeps each insertion O(log n)
        nxt = []
        for lo, hi in stack:
            if lo < hi:
                mid = (lo + hi) // 2
                order.append(keys[mid])
                nxt += [(lo, mid), (mid + 1, hi)]
        stack = nxt
    for k in order:
        t.insert(k)
    return t


def chain(keys, side):
    """A path of sorted keys: 'R' rising to the right, 'L' falling to the left."""
    t = Tree()
    seq = keys if side == "R" else keys[::-1]
    prev = t.node(seq[0])
    for k in seq[1:]:
        cur = t.node(k)
        (t.right if side == "R" else t.left)[prev] = cur
        prev = cur
    return t


def answer(keys, queries):
    s = sorted(keys)
    out = []
    for q in queries:
        i = bisect.bisect_right(s, q)
        j = bisect.bisect_left(s, q)
        out.append([s[i - 1] if i else -1, s[j] if j < len(s) else -1])
    return out


def write(path, t, queries, expected=None):
    got = answer(t.val, queries)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(json.dumps([t.level_order(), queries], separators=(",", ":")) + "\n")
    with open(os.path.join(root_dir, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


def built(keys):
    t = Tree()
    for k in keys:
        t.insert(k)
    return t


sample = built([1800, 1200, 2600, 900, 1500, 3100])
write("sample/1", sample, [1500, 1700, 500, 3300], [[1500, 1500], [1500, 1800], [-1, 900], [3100, -1]])
write("sample/2", built([40]), [10, 40, 90], [[-1, 40], [40, 40], [40, -1]])

write("secret/01-empty-tree", Tree(), [0, 7, BIG], [[-1, -1]] * 3)
write("secret/02-no-queries", built([5, 3, 8]), [], [])
write("secret/03-empty-both", Tree(), [], [])
write("secret/04-single-zero", built([0]), [0, 1, BIG], [[0, 0], [0, -1], [0, -1]])
write("secret/05-single-max", built([BIG]), [0, BIG - 1, BIG], [[-1, BIG], [-1, BIG], [BIG, BIG]])
# Every key asked exactly, and every gap between keys, on an unbalanced small tree.
keys = random.sample(range(0, 200, 2), 40)
t = built(keys)
write("secret/06-exact-and-between", t, sorted(keys) + [k + 1 for k in sorted(keys)] + [0, 1, 199, 200])
# A right-leaning walk where the floor was seen two turns higher up.
write("secret/07-floor-far-up", built([50, 20, 80, 70, 60, 65]), [69, 64, 51, 79, 19, 81])
write("secret/08-extremes", built([0, BIG, BIG // 2]), [0, BIG, BIG // 2, BIG // 2 - 1, BIG // 2 + 1, 1])
for i in range(9, 13):
    n = random.randint(1, 300)
    keys = random.sample(range(0, 1000), n)
    qs = [random.randint(0, 1010) for _ in range(random.randint(1, 300))]
    write("secret/%02d-random-small" % i, built(keys), qs)

N = 10**5
# A right chain of 10^5 keys (depth 10^5): 3 * 10^4 queries near its bottom make a walk from the root
# per query cost ~3 * 10^9 steps.
keys = list(range(0, 2 * N, 2))
qs = [random.randint(2 * N - 20000, 2 * N + 5) for _ in range(30000)]
write("secret/13-max-right-chain", chain(keys, "R"), qs)
# A left chain (keys falling to the left) with queries all over it, also exact hits and both ends.
keys = sorted(random.sample(range(0, 400000), N // 5))
qs = [random.randint(0, 400000) for _ in range(10000)] + keys[:50] + keys[-50:] + [0, 400000]
write("secret/14-long-left-chain", chain(keys, "L"), qs)
# A balanced tree of 2 * 10^4 keys spread over [0, 10^9] and 3 * 10^4 queries.
keys = sorted(set(random.sample(range(0, BIG + 1, 9973), 20000) + [0, BIG]))
qs = [random.randint(0, BIG) for _ in range(29996)] + [0, BIG, keys[1], keys[1] - 1]
write("secret/15-large-balanced", balanced(keys), qs)
