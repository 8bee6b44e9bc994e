"""Input validator (Kattis interface): `n s` then n integers, within the stated limits.
With --measure it prints the input's measures as JSON: n, s and the legs d."""
import json
import sys

try:
    lines = sys.stdin.read().split("\n")
    n, s = map(int, lines[0].split())
    legs = list(map(int, lines[1].split()))
    ok = 1 <= n <= 10**5 and abs(s) <= 10**9 and len(legs) == n and all(abs(d) <= 10**4 for d in legs)
    ok = ok and all(line.strip() == "" for line in lines[2:])
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    print(json.dumps({"n": n, "s": s, "d": [min(legs), max(legs)]}))
sys.exit(42 if ok else 43)
