"""Input validator (Kattis interface): `n s` then n integers, within the stated limits."""
import sys

try:
    lines = sys.stdin.read().split("\n")
    n, s = map(int, lines[0].split())
    legs = list(map(int, lines[1].split()))
    ok = 1 <= n <= 10**5 and abs(s) <= 10**9 and len(legs) == n and all(abs(d) <= 10**4 for d in legs)
    ok = ok and all(line.strip() == "" for line in lines[2:])
except (ValueError, IndexError):
    ok = False
sys.exit(42 if ok else 43)
