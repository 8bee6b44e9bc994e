"""Input validator (Kattis interface): stdin is a JSON array [readings, k] within the stated limits."""
import json
import sys

try:
    readings, k = json.loads(sys.stdin.read())
    ok = (
        type(readings) is list
        and len(readings) <= 10**5
        and all(type(r) is int and abs(r) <= 10**9 for r in readings)
        and type(k) is int
        and 1 <= k <= 10**5
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
