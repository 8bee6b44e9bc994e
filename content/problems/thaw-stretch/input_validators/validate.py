"""Input validator (Kattis interface): stdin is a JSON array [deviations, k] with 1 <= k <= len <= 10^5."""
import json
import sys

try:
    deviations, k = json.loads(sys.stdin.read())
    ok = (
        type(deviations) is list
        and 1 <= len(deviations) <= 10**5
        and all(type(d) is int and abs(d) <= 10**9 for d in deviations)
        and type(k) is int
        and 1 <= k <= len(deviations)
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
