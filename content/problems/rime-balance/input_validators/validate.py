"""Input validator (Kattis interface): stdin is a JSON array [keys], 0..2 * 10^4 integers in
[-10^9, 10^9] (repeats allowed). Exit 42 when valid."""
import json
import sys

try:
    (keys,) = json.loads(sys.stdin.read())
    ok = type(keys) is list and len(keys) <= 20000
    ok = ok and all(type(k) is int and -(10**9) <= k <= 10**9 for k in keys)
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
