"""Input validator (Kattis interface): stdin is a JSON array [altitudes, k] within the stated limits."""
import json
import sys

try:
    altitudes, k = json.loads(sys.stdin.read())
    ok = (
        type(altitudes) is list
        and len(altitudes) <= 10**5
        and all(type(a) is int and abs(a) <= 10**9 for a in altitudes)
        and type(k) is int
        and 0 <= k <= 2 * 10**9
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
