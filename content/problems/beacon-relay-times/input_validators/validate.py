"""Input validator (Kattis interface): stdin is a JSON array [n, links] with 1 <= n <= 2 * 10^4 and
at most 2 * 10^4 links [a, b, t], 0 <= a, b < n, 0 <= t <= 10^6."""
import json
import sys

try:
    n, links = json.loads(sys.stdin.read())
    ok = type(n) is int and 1 <= n <= 20000 and type(links) is list and len(links) <= 20000
    ok = ok and all(
        type(e) is list and len(e) == 3 and all(type(x) is int for x in e)
        and 0 <= e[0] < n and 0 <= e[1] < n and 0 <= e[2] <= 10**6
        for e in links
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
