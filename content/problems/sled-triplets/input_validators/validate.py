"""Input validator (Kattis interface): stdin is a JSON array [loads, target] within the stated limits."""
import json
import sys

try:
    loads, target = json.loads(sys.stdin.read())
    ok = (
        type(loads) is list
        and len(loads) <= 3000
        and all(type(x) is int and abs(x) <= 10**9 for x in loads)
        and type(target) is int
        and abs(target) <= 3 * 10**9
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
