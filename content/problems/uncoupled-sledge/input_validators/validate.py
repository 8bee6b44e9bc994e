"""Input validator (Kattis interface): stdin is a JSON array [sledges, k] within the stated limits."""
import json
import sys

try:
    sledges, k = json.loads(sys.stdin.read())
    ok = (
        type(sledges) is list
        and len(sledges) <= 10**5
        and all(type(s) is int and 0 <= s <= 10**9 for s in sledges)
        and type(k) is int
        and 1 <= k <= 2 * 10**5
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
