"""Input validator (Kattis interface): stdin is a JSON array [readings]: at most 10^5 integers in
[-10^9, 10^9]. Exit 42 when valid."""
import json
import sys

try:
    (readings,) = json.loads(sys.stdin.read())
    ok = type(readings) is list and len(readings) <= 10**5
    ok = ok and all(type(r) is int and -(10**9) <= r <= 10**9 for r in readings)
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
