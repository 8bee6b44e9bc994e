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
# Every level weighs the smallest possible value: a "best so far" that starts at -10^4 and compares
# with > never moves.
write("secret/09-min-root-only", [-10**4], 1)
zigzag = [-10**4]
for depth in range(2, 51):
    zigzag += [-10**4, None] if depth % 2 else [None, -10**4]
write("secret/10-min-every-level", zigzag, 1)
# The heaviest single branch is on level 2, but level 2 weighs 0 and level 1 weighs 1.
write("secret/11-heaviest-node-elsewhere", [1, 10**4, -10**4], 1)


def chain_tree(n, weight):
    """A chain of n nodes turning left or right at random; weight(depth) gives each node's value."""
    tree = [weight(1)]
    for depth in range(2, n + 1):
        tree += [weight(depth), None] if random.random() < 0.5 else [None, weight(depth)]
    while tree[-1] is None:
        tree.pop()
    return tree


# 10^5 nodes in one chain (the deepest tree allowed): the heaviest level is in the middle, and a
# recursive depth-first walk goes 10^5 calls deep.
write("secret/12-max-chain-middle", chain_tree(10**5, lambda d: 9 if d == 61234 else d % 9 - 4), 61234)


def complete_tree(n, value):
    """The complete tree of n nodes in level order; value(level) gives each node's value."""
    return [value((i + 1).bit_length()) for i in range(n)]


# The complete tree of 10^5 nodes: the widest level (level 17, 34 465 nodes at 10^4) wins, every
# other node weighs -10^4.
write("secret/13-max-complete-widest-wins", complete_tree(10**5, lambda lv: 10**4 if lv == 17 else -(10**4)), 17)
# The same shape with the weights spread at random: the answer falls wherever the sums put it.
write("secret/14-max-complete-random", complete_tree(10**5, lambda lv: random.randint(-10**4, 10**4)))
