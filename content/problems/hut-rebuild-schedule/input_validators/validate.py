"""Input validator (Kattis interface): `n m`, then n durations 1..10^9 on one line, then m lines
`a b` with 1 <= a, b <= n; 1 <= n <= 10^5, 0 <= m <= 10^5. With --measure it prints n, m and the
range of the durations d."""
import json
import sys

try:
    lines = sys.stdin.read().split("\n")
    n, m = map(int, lines[0].split())
    d = list(map(int, lines[1].split()))
    ok = 1 <= n <= 100000 and 0 <= m <= 100000 and len(d) == n and all(1 <= x <= 10**9 for x in d)
    ok = ok and len(lines) >= m + 2
    for line in lines[2 : m + 2]:
        a, b = map(int, line.split())
        ok = ok and 1 <= a <= n and 1 <= b <= n
    ok = ok and all(line.strip() == "" for line in lines[m + 2 :])
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    print(json.dumps({"n": n, "m": m, "d": [min(d), max(d)]}))
sys.exit(42 if ok else 43)
