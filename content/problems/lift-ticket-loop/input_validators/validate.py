"""Input validator (Kattis interface): stdin is a JSON array [lifts] within the stated limits."""
import json
import sys

try:
    (lifts,) = json.loads(sys.stdin.read())
    ok = type(lifts) is list and 1 <= len(lifts) <= 10**5 and all(type(x) is int and 1 <= x <= 10**4 for x in lifts)
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
