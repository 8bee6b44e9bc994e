"""Input validator (Kattis interface): stdin is a JSON array [tree, queries]; the tree in level order
is a binary search tree of at most 10^5 distinct keys in [0, 10^9] (left < node < right over whole
subtrees); at most 3 * 10^4 queries in [0, 10^9]. Exit 42 when valid."""
import json
import sys


def is_search_tree(tree):
    if not tree:
        return True
    if tree[0] is None or tree[-1] is None:
        return False
    # Rebuild the shape from the level order, carrying each node's open window (low, high).
    nodes, i, head = [(tree[0], -1, 10**9 + 1)], 1, 0
    while head < len(nodes):
        v, low, high = nodes[head]
        head += 1
        if not low < v < high:
            return False
        for child_low, child_high in ((low, v), (v, high)):
            if i < len(tree) and tree[i] is not None:
                nodes.append((tree[i], child_low, child_high))
            i += 1
    return i >= len(tree)


try:
    tree, queries = json.loads(sys.stdin.read())
    values = [v for v in tree if v is not None]
    ok = (
        len(values) <= 10**5
        and all(type(v) is int and 0 <= v <= 10**9 for v in values)
        and len(queries) <= 30000
        and all(type(q) is int and 0 <= q <= 10**9 for q in queries)
        and is_search_tree(tree)
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
