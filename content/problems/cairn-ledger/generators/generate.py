"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].

Trees are built as arrays (val, left, right; -1 = no child) and written in level order."""
import json
import os
import random
import sys

random.seed(12)
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

    def level_order(self, root=0):
        if not self.val:
            return []
        out, queue = [self.val[root]], [root]
        for u in queue:
            for c in (self.left[u], self.right[u]):
                out.append(None if c < 0 else self.val[c])
                if c >= 0:
                    queue.append(c)
        while out and out[-1] is None:
            out.pop()
        return out


def from_level_order(values):
    t = Tree()
    if not values:
        return t
    t.node(values[0])
    queue, i = [0], 1
    for u in queue:
        for side in (t.left, t.right):
            if i < len(values) and values[i] is not None:
                side[u] = t.node(values[i])
                queue.append(side[u])
            i += 1
    return t


def answer(values):
    """A valid ledger: every value of a left subtree < node <= every value of the right subtree."""
    t = from_level_order(values)
    if not t.val:
        return True
    stack = [(0, -float("inf"), float("inf"))]  # node, lowest allowed (inclusive), highest (exclusive)
    while stack:
        u, low, high = stack.pop()
        v = t.val[u]
        if not low <= v < high:
            return False
        if t.left[u] >= 0:
            stack.append((t.left[u], low, v))
        if t.right[u] >= 0:
            stack.append((t.right[u], v, high))
    return True


def write(path, values, expected=None):
    got = answer(values)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(json.dumps([values], separators=(",", ":")) + "\n")
    with open(os.path.join(root_dir, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def balanced_from_sorted(keys):
    """The valid ledger of sorted keys (duplicates allowed): the upper middle is the root, so an equal
    key can only sit to its right. Iterative, so any size works."""
    t = Tree()
    if not keys:
        return t
    root = t.node(None)
    stack = [(root, 0, len(keys))]
    while stack:
        u, lo, hi = stack.pop()
        mid = (lo + hi) // 2
        while mid > lo and keys[mid - 1] == keys[mid]:
            mid -= 1  # equal keys go right: the root of a range is the first of its run
        t.val[u] = keys[mid]
        if lo < mid:
            t.left[u] = t.node(None)
            stack.append((t.left[u], lo, mid))
        if mid + 1 < hi:
            t.right[u] = t.node(None)
            stack.append((t.right[u], mid + 1, hi))
    return t


def chain(values, sides):
    """A path: node i+1 hangs on side sides[i] ('L' or 'R') of node i."""
    t = Tree()
    prev = t.node(values[0])
    for v, s in zip(values[1:], sides):
        cur = t.node(v)
        (t.left if s == "L" else t.right)[prev] = cur
        prev = cur
    return t


# Samples: a valid ledger with an equal value on the right, and a grandchild that breaks the rule.
write("sample/1", [8, 3, 10, 1, 6, None, 10], True)
write("sample/2", [8, 3, 10, 1, 9], False)

write("secret/01-empty", [], True)
write("secret/02-single", [0], True)
# Equal values: right is allowed, left is not.
write("secret/03-equal-right", [5, None, 5], True)
write("secret/04-equal-left", [5, 5], False)
write("secret/05-equal-deep-right", [5, 2, 8, None, 5], False)  # 5 in 5's left subtree (under 2)
write("secret/06-equal-under-left-turn", [5, None, 9, 5], True)  # 5 in 9's left, but 5 <= 5 from the root
# Only the children are checked: every parent/child pair is fine, an ancestor is not.
write("secret/07-grandchild-too-big", [10, 5, 15, None, 12], False)
write("secret/08-grandchild-too-small", [10, 5, 15, None, None, 7], False)
# The extremes: -10^9 and 10^9 are legal values; sentinels of +-10^9 get them wrong.
write("secret/09-extremes-valid", [0, -BIG, BIG, None, -BIG, None, BIG], True)
write("secret/10-extremes-single-max", [BIG], True)
write("secret/11-extremes-single-min", [-BIG], True)
write("secret/12-extremes-invalid", [BIG, -BIG, None, None, BIG], False)
# All equal along the right spine: valid.
write("secret/13-all-equal-right", chain([7] * 50, "R" * 49).level_order(), True)
write("secret/14-all-equal-left", chain([7] * 3, "LL").level_order(), False)

# Random small ledgers, valid and broken by one changed value.
for i in range(15, 21):
    keys = sorted(random.randint(-20, 20) for _ in range(random.randint(5, 40)))
    t = balanced_from_sorted(keys)
    if i % 2 == 0:  # change one value until the ledger breaks
        while answer(t.level_order()):
            t.val[random.randrange(len(t.val))] += random.choice([-3, -1, 1, 3])
    write("secret/%02d-random-small" % i, t.level_order(), i % 2 == 1)

# A zig-zag path that narrows its range to one value: valid, and the same with the last node off by one.
values, sides, low, high = [0], [], -BIG, BIG
for d in range(1, 29):
    if d % 2:
        low = values[-1]
        values.append((low + high) // 2)
        sides.append("R")
    else:
        high = values[-1]
        values.append((low + high) // 2)
        sides.append("L")
write("secret/21-zigzag-valid", chain(values, sides).level_order(), True)
values[-1] = low - 1 if sides[-1] == "R" else high  # out of the window the ancestors leave
write("secret/22-zigzag-broken-at-bottom", chain(values, sides).level_order(), False)

N = 10**5
# A right chain of 10^5 rising keys with repeats (depth 10^5): valid. Walking every subtree of every
# node is ~5 * 10^9 steps.
rising = sorted(random.randint(-999, 999) for _ in range(N))
write("secret/23-max-right-chain-valid", chain(rising, "R" * (N - 1)).level_order(), True)
# A left chain of 5 * 10^4 falling distinct keys whose last node is one too big for its grand-ancestor.
falling = sorted(random.sample(range(-99999, 99999), N // 2), reverse=True)
falling[-1] = falling[-3] + 0  # equal to an ancestor two steps up: in its left subtree, so illegal
write("secret/24-long-left-chain-equal-at-bottom", chain(falling, "L" * (N // 2 - 1)).level_order(), False)
# The balanced tree of 3 * 10^4 sorted keys with many repeats: valid.
keys = sorted(random.randint(-50, 50) for _ in range(30000))
keys[0], keys[-1] = -BIG, BIG
write("secret/25-balanced-duplicates-valid", balanced_from_sorted(keys).level_order(), True)
# The same shape where one deep leaf on the left exceeds the root: children checks all pass.
keys = sorted(random.sample(range(-99999, 99999), 30000))
t = balanced_from_sorted(keys)
u = 0
while t.left[u] >= 0 or t.right[u] >= 0:
    u = t.right[u] if u != 0 and t.right[u] >= 0 else t.left[u]
# u is the last node of the right spine of the root's left subtree: make it the root's value.
t.val[u] = t.val[0]
write("secret/26-balanced-left-leaf-equals-root", t.level_order(), False)
