# Collects the keys in pre-order (node before its subtrees) and binary-searches them as if they
# were sorted; a pre-order list of a search tree is not sorted (sample 1).
from bisect import bisect_left, bisect_right


def solve(root, queries):
    keys, stack = [], [root] if root else []
    while stack:
        node = stack.pop()
        keys.append(node.val)
        if node.right:
            stack.append(node.right)
        if node.left:
            stack.append(node.left)
    out = []
    for q in queries:
        i = bisect_right(keys, q)
        j = bisect_left(keys, q)
        out.append([keys[i - 1] if i else -1, keys[j] if j < len(keys) else -1])
    return out
