"""Input validator (Kattis interface): stdin is a JSON array [sleds, k] within the stated limits."""
import json
import sys

try:
    sleds, k = json.loads(sys.stdin.read())
    ok = (
        len(sleds) <= 10**5
        and all(type(s) is int and abs(s) <= 10**9 for s in sleds)
        and type(k) is int
        and 0 <= k <= 10**9
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
