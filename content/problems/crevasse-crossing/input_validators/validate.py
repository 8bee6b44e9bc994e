"""Input validator (Kattis interface): stdin is a JSON array [risk], a rectangular grid within the limits."""
import json
import sys

try:
    (risk,) = json.loads(sys.stdin.read())
    ok = (
        1 <= len(risk) <= 300
        and 1 <= len(risk[0]) <= 300
        and all(len(row) == len(risk[0]) for row in risk)
        and all(type(x) is int and 0 <= x <= 100 for row in risk for x in row)
    )
except (ValueError, TypeError, IndexError):
    ok = False
sys.exit(42 if ok else 43)
