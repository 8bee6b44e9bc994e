"""Input validator (Kattis interface): stdin is a JSON array [tree] in level order, within the limits."""
import json
import sys

try:
    (tree,) = json.loads(sys.stdin.read())
    values = [v for v in tree if v is not None]
    ok = (
        len(values) <= 10**5
        and (not tree or tree[0] is not None)
        and (not tree or tree[-1] is not None)
        and all(type(v) is int and abs(v) <= 10**4 for v in values)
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
