"""Input validator (Kattis interface): stdin is a JSON array [depths, budget] within the stated limits."""
import json
import sys

try:
    depths, budget = json.loads(sys.stdin.read())
    ok = (
        type(depths) is list
        and 1 <= len(depths) <= 10**5
        and all(type(x) is int and 1 <= x <= 10**9 for x in depths)
        and type(budget) is int
        and 0 <= budget <= 10**14
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
