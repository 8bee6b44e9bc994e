# The floor uses bisect_left: a query equal to a key gets the key below it (sample 1: 1500).
from bisect import bisect_left


def solve(root, queries):
    keys, stack, node = [], [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        keys.append(node.val)
        node = node.right
    out = []
    for q in queries:
        j = bisect_left(keys, q)
        out.append([keys[j - 1] if j else -1, keys[j] if j < len(keys) else -1])
    return out
