"""Input validator (Kattis interface): exit 42 when the input is n, then n integers within +-10^6."""
import sys

lines = sys.stdin.read().split("\n")
try:
    n = int(lines[0])
    xs = [int(x) for x in lines[1].split()]
    ok = 1 <= n <= 1000 and len(xs) == n and all(abs(x) <= 10**6 for x in xs) and lines[2:] == [""]
except (ValueError, IndexError):
    ok = False
sys.exit(42 if ok else 43)
