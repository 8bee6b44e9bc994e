"""Input validator (Kattis interface): `n k` then n distinct integers, within the stated limits.
With --measure it prints the input's measures as JSON: n k and the sites x."""
import json
import sys

try:
    lines = sys.stdin.read().split("\n")
    n, k = map(int, lines[0].split())
    xs = list(map(int, lines[1].split()))
    ok = 2 <= k <= n <= 10**5 and len(xs) == n and len(set(xs)) == n and all(0 <= x <= 10**9 for x in xs)
    ok = ok and all(line.strip() == "" for line in lines[2:])
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    print(json.dumps({"n": n, "k": k, "x": [min(xs), max(xs)]}))
sys.exit(42 if ok else 43)
