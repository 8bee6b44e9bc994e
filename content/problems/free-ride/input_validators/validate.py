"""Input validator (Kattis interface): `n m` then m trails `u v w`, within the stated limits.
With --measure it prints the input's measures as JSON: n, m and the weights w."""
import json
import sys

try:
    numbers = list(map(int, sys.stdin.read().split()))
    n, m = numbers[0], numbers[1]
    trails = numbers[2:]
    ok = 1 <= n <= 10**5 and 0 <= m <= 10**5 and len(trails) == 3 * m
    for i in range(0, len(trails) if ok else 0, 3):
        u, v, w = trails[i : i + 3]
        if not (1 <= u <= n and 1 <= v <= n and u != v and 1 <= w <= 10**6):
            ok = False
            break
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    weights = trails[2::3]
    measures = {"n": n, "m": m}
    if weights:
        measures["w"] = [min(weights), max(weights)]
    print(json.dumps(measures))
sys.exit(42 if ok else 43)
