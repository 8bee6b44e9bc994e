"""Input validator (Kattis interface): stdin is a JSON array [codes]: 2..2 * 10^4 integers in
[0, 2^31 - 1]. Exit 42 when valid."""
import json
import sys

try:
    (codes,) = json.loads(sys.stdin.read())
    ok = type(codes) is list and 2 <= len(codes) <= 2 * 10**4
    ok = ok and all(type(c) is int and 0 <= c < 2**31 for c in codes)
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
