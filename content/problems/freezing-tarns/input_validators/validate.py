"""Input validator (Kattis interface): stdin is a JSON array [rows, cols, freezes] with
1 <= rows, cols <= 1000 and 1..2 * 10^4 pairs [r, c] inside the grid."""
import json
import sys

try:
    rows, cols, freezes = json.loads(sys.stdin.read())
    ok = type(rows) is int and type(cols) is int and 1 <= rows <= 1000 and 1 <= cols <= 1000
    ok = ok and type(freezes) is list and 1 <= len(freezes) <= 20000
    ok = ok and all(
        type(f) is list and len(f) == 2 and all(type(x) is int for x in f) and 0 <= f[0] < rows and 0 <= f[1] < cols
        for f in freezes
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
