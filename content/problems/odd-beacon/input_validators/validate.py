"""Input validator (Kattis interface): stdin is a JSON array [pings] within the stated limits,
with exactly one value appearing an odd number of times."""
import json
import sys
from collections import Counter

try:
    (pings,) = json.loads(sys.stdin.read())
    ok = type(pings) is list and 1 <= len(pings) <= 99999
    ok = ok and all(type(p) is int and 0 <= p <= 10**12 for p in pings)
    ok = ok and sum(1 for c in Counter(pings).values() if c % 2 == 1) == 1
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
