"""Input validator (Kattis interface): stdin is a JSON array [n, passes] within the stated limits."""
import json
import sys

try:
    n, passes = json.loads(sys.stdin.read())
    ok = type(n) is int and 1 <= n <= 10**5 and type(passes) is list and len(passes) <= 5 * 10**4
    ok = ok and all(
        type(p) is list
        and len(p) == 3
        and all(type(v) is int for v in p)
        and 0 <= p[0] <= p[1] <= n - 1
        and abs(p[2]) <= 10**4
        for p in passes
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
