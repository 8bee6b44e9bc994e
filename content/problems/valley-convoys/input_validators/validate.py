"""Input validator (Kattis interface): stdin is a JSON array [convoys] within the stated limits."""
import json
import sys

try:
    (convoys,) = json.loads(sys.stdin.read())
    ok = type(convoys) is list and len(convoys) <= 10**4 and all(type(c) is list for c in convoys)
    ok = ok and sum(len(c) for c in convoys) <= 10**5
    ok = ok and all(type(v) is int and abs(v) <= 10**9 for c in convoys for v in c)
    ok = ok and all(c[i] <= c[i + 1] for c in convoys for i in range(len(c) - 1))
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
