"""Input validator (Kattis interface): stdin is a JSON array [weights, limit], every weight <= limit."""
import json
import sys

try:
    weights, limit = json.loads(sys.stdin.read())
    ok = (
        type(weights) is list
        and 1 <= len(weights) <= 10**5
        and type(limit) is int
        and 1 <= limit <= 2 * 10**9
        and all(type(w) is int and 1 <= w <= limit for w in weights)
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
