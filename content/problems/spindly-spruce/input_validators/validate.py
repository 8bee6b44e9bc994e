"""Input validator (Kattis interface): stdin is a JSON array [sizes], 1..10^4 integers in [0, 10^15].
Exit 42 when valid."""
import json
import sys

try:
    (sizes,) = json.loads(sys.stdin.read())
    ok = type(sizes) is list and 1 <= len(sizes) <= 10**4
    ok = ok and all(type(n) is int and 0 <= n <= 10**15 for n in sizes)
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
