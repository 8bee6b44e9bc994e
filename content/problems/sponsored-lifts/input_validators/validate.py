"""Input validator (Kattis interface): `n m`, then m lines `a b c` with 1 <= a, b <= n and
|c| <= 10^9; 1 <= n <= 400, 0 <= m <= 1600. With --measure it prints n, m and the range of c."""
import json
import sys

try:
    lines = sys.stdin.read().split("\n")
    n, m = map(int, lines[0].split())
    ok = 1 <= n <= 400 and 0 <= m <= 1600 and len(lines) >= m + 1
    costs = []
    for line in lines[1 : m + 1]:
        a, b, c = map(int, line.split())
        ok = ok and 1 <= a <= n and 1 <= b <= n and abs(c) <= 10**9
        costs.append(c)
    ok = ok and all(line.strip() == "" for line in lines[m + 1 :])
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    measures = {"n": n, "m": m}
    if costs:
        measures["c"] = [min(costs), max(costs)]
    print(json.dumps(measures))
sys.exit(42 if ok else 43)
