"""Input validator (Kattis interface): stdin is a JSON array [changes, k] within the stated limits."""
import json
import sys

try:
    changes, k = json.loads(sys.stdin.read())
    ok = (
        type(changes) is list
        and 1 <= len(changes) <= 10**5
        and all(type(c) is int and abs(c) <= 10**4 for c in changes)
        and type(k) is int
        and abs(k) <= 10**9
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
