"""Input validator (Kattis interface): stdin is a JSON array [loads] within the stated limits."""
import json
import sys

try:
    (loads,) = json.loads(sys.stdin.read())
    ok = type(loads) is list and len(loads) <= 10**5 and all(type(w) is int and abs(w) <= 10**9 for w in loads)
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
