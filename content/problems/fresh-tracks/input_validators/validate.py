"""Input validator (Kattis interface): stdin is a JSON array [runs] within the stated limits."""
import json
import sys

try:
    (runs,) = json.loads(sys.stdin.read())
    ok = 1 <= len(runs) <= 10**5 and all(type(r) is int and 1 <= r <= 10**9 for r in runs)
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
