"""Input validator (Kattis interface): stdin is a JSON array [weights, gap] within the stated limits."""
import json
import sys

try:
    weights, gap = json.loads(sys.stdin.read())
    ok = (
        1 <= len(weights) <= 10**5
        and all(type(w) is int and 1 <= w <= 10**9 for w in weights)
        and type(gap) is int
        and 0 <= gap <= 10**9
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
