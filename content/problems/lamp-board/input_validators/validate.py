"""Input validator (Kattis interface): `t` then t lines `L R`, within the stated limits.
With --measure it prints the input's measures as JSON: t and the day numbers (every L and R)."""
import json
import sys

try:
    lines = sys.stdin.read().split("\n")
    (t,) = map(int, lines[0].split())
    pairs = [tuple(map(int, line.split())) for line in lines[1 : 1 + t]]
    ok = 1 <= t <= 2000 and len(pairs) == t and all(len(p) == 2 and 0 <= p[0] <= p[1] <= 10**17 for p in pairs)
    ok = ok and all(line.strip() == "" for line in lines[1 + t :])
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    days = [d for p in pairs for d in p]
    print(json.dumps({"t": t, "day": [min(days), max(days)]}))
sys.exit(42 if ok else 43)
