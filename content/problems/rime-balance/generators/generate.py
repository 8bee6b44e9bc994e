"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir].

The answer is the AVL tree after the insertions, written in level order."""
import json
import os
import random
import sys

random.seed(66)
root_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIG = 10**9


class Node:
    __slots__ = ("key", "left", "right", "height")

    def __init__(self, key):
        self.key, self.left, self.right, self.height = key, None, None, 1


def h(node):
    return node.height if node else 0


def fix(node):
    node.height = 1 + max(h(node.left), h(node.right))


def rotate_right(node):
    top = node.left
    node.left, top.right = top.right, node
    fix(node)
    fix(top)
    return top


def rotate_left(node):
    top = node.right
    node.right, top.left = top.left, node
    fix(node)
    fix(top)
    return top


def insert(node, key):
    if node is None:
        return Node(key)
    if key == node.key:
        return node
    if key < node.key:
        node.left = insert(node.left, key)
    else:
        node.right = insert(node.right, key)
    fix(node)
    if h(node.left) - h(node.right) == 2:
        if key > node.left.key:
            node.left = rotate_left(node.left)
        return rotate_right(node)
    if h(node.right) - h(node.left) == 2:
        if key < node.right.key:
            node.right = rotate_right(node.right)
        return rotate_left(node)
    return node


def answer(keys):
    root = None
    for k in keys:
        root = insert(root, k)
    if root is None:
        return []
    out, queue = [root.key], [root]
    for u in queue:
        for c in (u.left, u.right):
            out.append(None if c is None else c.key)
            if c is not None:
                queue.append(c)
    while out[-1] is None:
        out.pop()
    return out


def write(path, keys, expected=None):
    got = answer(keys)
    if expected is not None:
        assert got == expected, (path, got, expected)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(json.dumps([keys], separators=(",", ":")) + "\n")
    with open(os.path.join(root_dir, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", [10, 20, 30, 25, 28], [20, 10, 28, None, None, 25, 30])
write("sample/2", [5, 5, 3, 4], [4, 3, 5])

write("secret/01-empty", [], [])
write("secret/02-single", [7], [7])
write("secret/03-all-equal", [4] * 10, [4])
write("secret/04-left-left", [3, 2, 1], [2, 1, 3])
write("secret/05-right-right", [1, 2, 3], [2, 1, 3])
write("secret/06-left-right", [3, 1, 2], [2, 1, 3])
write("secret/07-right-left", [1, 3, 2], [2, 1, 3])
# A rotation deep in the tree, not at the root: the root stays balanced.
write("secret/08-rotation-below-root", [50, 30, 70, 80, 90])
# Double rotations where the moved grandchild has children of its own.
write("secret/09-double-with-subtrees", [50, 20, 80, 10, 40, 30, 45, 35])
write("secret/10-extremes", [BIG, -BIG, 0, BIG, -BIG, 1, -1])
write("secret/11-negative-falling", list(range(-1, -40, -1)))
for i in range(12, 18):
    n = random.randint(5, 300)
    write("secret/%02d-random-small" % i, [random.randint(-50, 50) for _ in range(n)])
N = 20000
# Rising keys: a plain search tree would be a chain 2 * 10^4 deep.
write("secret/18-max-rising", [k * 3 - 30000 for k in range(N)])
# Zig-zag from both ends inward, repeats mixed in: many double rotations.
zig = []
lo, hi = -BIG, BIG
for i in range(N // 2):
    zig += [lo + i * 7919, hi - i * 7919]
zig = [zig[i] if i % 10 else zig[i - 1] for i in range(len(zig))]
write("secret/19-max-zigzag-repeats", zig)
write("secret/20-max-random", [random.randint(-BIG, BIG) for _ in range(N)])
