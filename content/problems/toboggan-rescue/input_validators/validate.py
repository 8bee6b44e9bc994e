"""Input validator (Kattis interface): `n m`, then m lines `u v w` with 1 <= u, v <= n and
1 <= w <= 10^9; 1 <= n <= 10^5, 0 <= m <= 10^5. With --measure it prints n, m and the range of w."""
import json
import sys

try:
    lines = sys.stdin.read().split("\n")
    n, m = map(int, lines[0].split())
    ok = 1 <= n <= 100000 and 0 <= m <= 100000 and len(lines) >= m + 1
    weights = []
    for line in lines[1 : m + 1]:
        u, v, w = map(int, line.split())
        ok = ok and 1 <= u <= n and 1 <= v <= n and 1 <= w <= 10**9
        weights.append(w)
    ok = ok and all(line.strip() == "" for line in lines[m + 1 :])
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    measures = {"n": n, "m": m}
    if weights:
        measures["w"] = [min(weights), max(weights)]
    print(json.dumps(measures))
sys.exit(42 if ok else 43)
