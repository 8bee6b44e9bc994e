"""Input validator (Kattis interface): stdin is a JSON array [markers, k] within the stated limits."""
import json
import sys

try:
    markers, k = json.loads(sys.stdin.read())
    ok = (
        type(markers) is list
        and len(markers) <= 10**5
        and all(type(m) is int and abs(m) <= 10**9 for m in markers)
        and type(k) is int
        and 1 <= k <= 10**5
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
