"""Input validator (Kattis interface): stdin is a JSON array [tree], the tree in level order with
nulls, at most 10^5 nodes, values in [-10^9, 10^9]. Exit 42 when valid."""
import json
import sys

try:
    (tree,) = json.loads(sys.stdin.read())
    values = [v for v in tree if v is not None]
    ok = (
        type(tree) is list
        and len(values) <= 10**5
        and (not tree or (tree[0] is not None and tree[-1] is not None))
        and all(type(v) is int and -(10**9) <= v <= 10**9 for v in values)
    )
    # Every non-null entry owns the next two slots: the list may not run past the last child slot.
    slots = 1
    for v in tree:
        slots += 2 if v is not None else 0
    ok = ok and len(tree) <= slots
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
