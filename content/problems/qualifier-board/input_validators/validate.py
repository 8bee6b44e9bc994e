"""Input validator (Kattis interface): stdin is a JSON array [scores, k] with 1 <= k <= len(scores)."""
import json
import sys

try:
    scores, k = json.loads(sys.stdin.read())
    ok = (
        type(scores) is list
        and 1 <= len(scores) <= 2 * 10**5
        and all(type(s) is int and abs(s) <= 10**9 for s in scores)
        and type(k) is int
        and 1 <= k <= len(scores)
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
