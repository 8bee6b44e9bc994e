"""Input validator (Kattis interface): stdin is a JSON array [tree], the tree in level order with
2..10^5 distinct values in [-10^9, 10^9], which is a binary search tree once exactly two of its values
are swapped back (its in-order sequence is sorted except for exactly two positions). Exit 42 when valid."""
import json
import sys


def in_order(tree):
    """Rebuild the shape from the level order; return the values in order, or None if malformed."""
    if not tree or tree[0] is None or tree[-1] is None:
        return None
    left, right, vals, i, head = [-1], [-1], [tree[0]], 1, 0
    while head < len(vals):
        for side in (left, right):
            if i < len(tree) and tree[i] is not None:
                side[head] = len(vals)
                vals.append(tree[i])
                left.append(-1)
                right.append(-1)
            i += 1
        head += 1
    if i < len(tree):
        return None
    out, stack, u = [], [], 0
    while stack or u >= 0:
        while u >= 0:
            stack.append(u)
            u = left[u]
        u = stack.pop()
        out.append(vals[u])
        u = right[u]
    return out


try:
    (tree,) = json.loads(sys.stdin.read())
    values = [v for v in tree if v is not None]
    ok = 2 <= len(values) <= 10**5 and all(type(v) is int and -(10**9) <= v <= 10**9 for v in values)
    ok = ok and len(set(values)) == len(values)
    if ok:
        seq = in_order(tree)
        wrong = [i for i, (a, b) in enumerate(zip(seq, sorted(seq))) if a != b] if seq else None
        ok = wrong is not None and len(wrong) == 2
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
