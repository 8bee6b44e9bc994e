"""Input validator (Kattis interface): `r c k`, then r rows of c characters . or #, with the
top-left and bottom-right squares open; 1 <= r, c <= 100, 0 <= k <= 20.
With --measure it prints the input's measures as JSON: r, c and k."""
import json
import sys

try:
    lines = sys.stdin.read().split("\n")
    r, c, k = map(int, lines[0].split())
    rows = lines[1 : 1 + r]
    ok = 1 <= r <= 100 and 1 <= c <= 100 and 0 <= k <= 20 and len(rows) == r
    ok = ok and all(len(row) == c and set(row) <= set(".#") for row in rows)
    ok = ok and rows[0][0] == "." and rows[-1][-1] == "."
    ok = ok and all(line.strip() == "" for line in lines[1 + r :])
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    print(json.dumps({"r": r, "c": c, "k": k}))
sys.exit(42 if ok else 43)
