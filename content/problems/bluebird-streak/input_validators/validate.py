"""Input validator (Kattis interface): stdin is a JSON array [days, k]; days is made of B and S."""
import json
import sys

try:
    days, k = json.loads(sys.stdin.read())
    ok = (
        type(days) is str
        and 1 <= len(days) <= 10**5
        and set(days) <= {"B", "S"}
        and type(k) is int
        and 0 <= k <= len(days)
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
