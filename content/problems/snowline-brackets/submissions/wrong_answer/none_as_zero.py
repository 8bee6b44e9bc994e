# Reports a missing floor or ceiling as 0, but 0 is a real altitude; -1 means none (sample 1: 500).
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
        out.append([keys[i - 1] if i else 0, keys[j] if j < len(keys) else 0])
    return out
