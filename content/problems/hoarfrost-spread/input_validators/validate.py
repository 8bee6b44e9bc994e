"""Input validator (Kattis interface): stdin is a JSON array [grid]: 1..1000 rows of equal length
1..1000, rows x columns <= 10^5, characters * . #."""
import json
import sys

try:
    (grid,) = json.loads(sys.stdin.read())
    ok = type(grid) is list and 1 <= len(grid) <= 1000 and all(type(row) is str for row in grid)
    ok = ok and 1 <= len(grid[0]) <= 1000 and len(grid) * len(grid[0]) <= 10**5
    ok = ok and all(len(row) == len(grid[0]) and set(row) <= set("*.#") for row in grid)
except (ValueError, TypeError, IndexError):
    ok = False
sys.exit(42 if ok else 43)
