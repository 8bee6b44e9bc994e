"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(4)
root_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def level_sums(tree):
    """Level sums straight from the level-order array (each non-null entry owns the next two slots)."""
    if not tree:
        return []
    sums, level, i = [tree[0]], [0], 1
    while level:
        nxt = []
        for _ in level:
            for _side in range(2):
                if i < len(tree) and tree[i] is not None:
                    nxt.append(i)
                i += 1
        if nxt:
            sums.append(sum(tree[j] for j in nxt))
        level = nxt
    return sums


def answer(tree):
    sums = level_sums(tree)
    return 0 if not sums else sums.index(max(sums)) + 1


def random_tree(n, keep):
    """A random tree of n nodes in level order: each slot holds a node with probability `keep`."""
    tree, open_slots, placed = [random.randint(-10**4, 10**4)], 2, 1
    while placed < n:
        if random.random() < keep or open_slots == 1:
            tree.append(random.randint(-10**4, 10**4))
            placed += 1
            open_slots += 1
        else:
            tree.append(None)
            open_slots -= 1
    return tree


def write(path, tree, expected=None):
    got = answer(tree)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root_dir, "data", path + ".in"), "w") as f:
        f.write(json.dumps([tree], separators=(",", ":")) + "\n")
    with open(os.path.join(root_dir, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [2, 7, -3, 1, -4, None, 9], 3)
write("secret/01-empty", [], 0)
write("secret/02-root-only", [-5], 1)
write("secret/03-all-negative", [-1, -2, -3, -4], 1)
write("secret/04-tie-keeps-shallowest", [6, 1, 5, 3, 3], 1)
write("secret/05-left-chain", [1, 2, None, 3, None, 4], 4)
write("secret/06-random-small", random_tree(60, 0.7))
write("secret/07-random-large", random_tree(100000, 0.55))
# A chain of 40 000 right children whose weight grows with depth: the deepest level wins, and
# walking the whole tree once per level costs ~8 * 10^8 visits.
chain = [1]
for depth in range(2, 40001):
    chain += [None, depth % 7 + (depth == 40000) * 100]
write("secret/08-deep-chain", chain, 40000)
