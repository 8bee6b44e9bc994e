# Iterative in-order traversal into a sorted list, then two binary searches per query.
from bisect import bisect_left, bisect_right


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
        i = bisect_right(keys, q)
        j = bisect_left(keys, q)
        out.append([keys[i - 1] if i else -1, keys[j] if j < len(keys) else -1])
    return out
