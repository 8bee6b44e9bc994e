"""Input validator (Kattis interface): stdin is a JSON array [n, rules] with 1 <= n <= 2 * 10^4 and
at most 2 * 10^4 rules [a, b], 0 <= a, b < n."""
import json
import sys

try:
    n, rules = json.loads(sys.stdin.read())
    ok = type(n) is int and 1 <= n <= 20000 and type(rules) is list and len(rules) <= 20000
    ok = ok and all(type(r) is list and len(r) == 2 and all(type(x) is int and 0 <= x < n for x in r) for r in rules)
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
