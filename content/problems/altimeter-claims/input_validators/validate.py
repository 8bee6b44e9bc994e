"""Input validator (Kattis interface): stdin is a JSON array [n, claims] with 1 <= n <= 2 * 10^4 and
1..2 * 10^4 claims [a, b, d], 0 <= a, b < n, |d| <= 10^9."""
import json
import sys

try:
    n, claims = json.loads(sys.stdin.read())
    ok = type(n) is int and 1 <= n <= 20000 and type(claims) is list and 1 <= len(claims) <= 20000
    ok = ok and all(
        type(c) is list and len(c) == 3 and all(type(x) is int for x in c)
        and 0 <= c[0] < n and 0 <= c[1] < n and abs(c[2]) <= 10**9
        for c in claims
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
