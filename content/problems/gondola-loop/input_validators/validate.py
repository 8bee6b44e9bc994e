"""Input validator (Kattis interface): `n` then n integers, within the stated limits.
With --measure it prints the input's measures as JSON: n and the gains g."""
import json
import sys

try:
    lines = sys.stdin.read().split("\n")
    (n,) = map(int, lines[0].split())
    gains = list(map(int, lines[1].split()))
    ok = 1 <= n <= 2 * 10**5 and len(gains) == n and all(abs(g) <= 10**9 for g in gains)
    ok = ok and all(line.strip() == "" for line in lines[2:])
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    print(json.dumps({"n": n, "g": [min(gains), max(gains)]}))
sys.exit(42 if ok else 43)
