"""Input validator (Kattis interface): stdin is a JSON array [readings, k, t] within the stated limits."""
import json
import sys

try:
    readings, k, t = json.loads(sys.stdin.read())
    ok = (
        type(readings) is list
        and len(readings) <= 10**5
        and all(type(r) is int and abs(r) <= 10**9 for r in readings)
        and type(k) is int
        and 1 <= k <= 10**5
        and type(t) is int
        and 0 <= t <= 2 * 10**9
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
