"""Input validator (Kattis interface): stdin is a JSON array [heights] within the stated limits."""
import json
import sys

try:
    (heights,) = json.loads(sys.stdin.read())
    ok = (
        type(heights) is list
        and 1 <= len(heights) <= 10**5
        and all(type(h) is int and 0 <= h <= 10**9 for h in heights)
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
