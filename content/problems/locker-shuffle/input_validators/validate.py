"""Input validator (Kattis interface): stdin is a JSON array [lockers] within the stated limits."""
import json
import sys

try:
    (lockers,) = json.loads(sys.stdin.read())
    ok = (
        type(lockers) is list
        and len(lockers) <= 10**5
        and all(type(x) is int and 0 <= x <= 10**9 for x in lockers)
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
