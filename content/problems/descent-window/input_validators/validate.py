"""Input validator (Kattis interface): `n k` (1 <= n <= 2 * 10^5, 1 <= k <= 10^15), then n integers
in [-10^9, 10^9] on one line. With --measure it prints the input's measures as JSON: n, k and a."""
import json
import sys

try:
    lines = sys.stdin.read().split("\n")
    n, k = map(int, lines[0].split())
    a = list(map(int, lines[1].split()))
    ok = 1 <= n <= 2 * 10**5 and 1 <= k <= 10**15 and len(a) == n
    ok = ok and all(-(10**9) <= x <= 10**9 for x in a) and all(line.strip() == "" for line in lines[2:])
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    print(json.dumps({"n": n, "k": k, "a": [min(a), max(a)]}))
sys.exit(42 if ok else 43)
