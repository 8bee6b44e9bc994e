"""Input validator (Kattis interface): `n p seed` with 1 <= p <= n <= 10^6."""
import sys

try:
    n, summit, seed = map(int, sys.stdin.read().split())
    ok = 1 <= summit <= n <= 10**6 and 0 <= seed < 10**6
except ValueError:
    ok = False
sys.exit(42 if ok else 43)
