"""Input validator (Kattis interface): `n` then n integers, within the stated limits.
With --measure it prints the input's measures as JSON: n and the stake numbers v."""
import json
import sys

try:
    lines = sys.stdin.read().split("\n")
    (n,) = map(int, lines[0].split())
    stakes = list(map(int, lines[1].split()))
    ok = 1 <= n <= 10**5 and len(stakes) == n and all(abs(v) <= 10**9 for v in stakes)
    ok = ok and all(line.strip() == "" for line in lines[2:])
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    print(json.dumps({"n": n, "v": [min(stakes), max(stakes)]}))
sys.exit(42 if ok else 43)
