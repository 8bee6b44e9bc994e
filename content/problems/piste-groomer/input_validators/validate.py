"""Input validator (Kattis interface): stdin is a JSON array [n, runs] with 1 <= n <= 2 * 10^4,
at most 5 * 10^4 runs, each [a, b, fresh] with 0 <= a, b < n and fresh in {0, 1}."""
import json
import sys

try:
    n, runs = json.loads(sys.stdin.read())
    ok = type(n) is int and 1 <= n <= 20000 and type(runs) is list and len(runs) <= 50000
    ok = ok and all(
        type(r) is list and len(r) == 3 and all(type(x) is int for x in r)
        and 0 <= r[0] < n and 0 <= r[1] < n and r[2] in (0, 1)
        for r in runs
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
