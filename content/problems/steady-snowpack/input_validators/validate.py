"""Input validator (Kattis interface): stdin is a JSON array [depths, d] within the stated limits."""
import json
import sys

try:
    depths, d = json.loads(sys.stdin.read())
    ok = (
        type(depths) is list
        and 1 <= len(depths) <= 10**5
        and all(type(x) is int and abs(x) <= 10**9 for x in depths)
        and type(d) is int
        and 0 <= d <= 2 * 10**9
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
