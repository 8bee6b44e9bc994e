"""Input validator (Kattis interface): `n m`, then m lines `a b` with 1 <= a, b <= n;
1 <= n <= 10^5, 0 <= m <= 10^5. With --measure it prints the measures n and m as JSON."""
import json
import sys

try:
    lines = sys.stdin.read().split("\n")
    n, m = map(int, lines[0].split())
    ok = 1 <= n <= 100000 and 0 <= m <= 100000 and len(lines) >= m + 1
    for line in lines[1 : m + 1]:
        a, b = map(int, line.split())
        ok = ok and 1 <= a <= n and 1 <= b <= n
    ok = ok and all(line.strip() == "" for line in lines[m + 1 :])
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    print(json.dumps({"n": n, "m": m}))
sys.exit(42 if ok else 43)
