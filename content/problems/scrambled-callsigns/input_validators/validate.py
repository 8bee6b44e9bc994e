"""Input validator (Kattis interface): `n` then n call signs of 1 to 8 lowercase letters, one per line.
With --measure it prints the input's measures as JSON: n and the sign lengths len."""
import json
import re
import sys

try:
    lines = sys.stdin.read().split("\n")
    (n,) = map(int, lines[0].split())
    signs = lines[1 : 1 + n]
    ok = 1 <= n <= 10**5 and len(signs) == n and all(re.fullmatch(r"[a-z]{1,8}", s) for s in signs)
    ok = ok and all(line.strip() == "" for line in lines[1 + n :])
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    lengths = [len(s) for s in signs]
    print(json.dumps({"n": n, "len": [min(lengths), max(lengths)]}))
sys.exit(42 if ok else 43)
