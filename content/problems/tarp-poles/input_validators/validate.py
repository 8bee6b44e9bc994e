"""Input validator (Kattis interface): stdin is a JSON array [poles] within the stated limits."""
import json
import sys

try:
    (poles,) = json.loads(sys.stdin.read())
    ok = type(poles) is list and 2 <= len(poles) <= 10**5 and all(type(h) is int and 0 <= h <= 10**9 for h in poles)
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
