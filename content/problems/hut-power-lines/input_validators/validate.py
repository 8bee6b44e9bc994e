"""Input validator (Kattis interface): stdin is a JSON array [n, lines] with 1 <= n <= 2 * 10^4 and
at most 2 * 10^4 lines [a, b, cost], 0 <= a, b < n, 0 <= cost <= 10^9."""
import json
import sys

try:
    n, lines = json.loads(sys.stdin.read())
    ok = type(n) is int and 1 <= n <= 20000 and type(lines) is list and len(lines) <= 20000
    ok = ok and all(
        type(e) is list and len(e) == 3 and all(type(x) is int for x in e)
        and 0 <= e[0] < n and 0 <= e[1] < n and 0 <= e[2] <= 10**9
        for e in lines
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
