"""Input validator (Kattis interface): `q`, then q lines `+ x` or `- x` with -10^9 <= x <= 10^9.
With --measure it prints the input's measures as JSON: q and the keys' range."""
import json
import re
import sys

LINE = re.compile(r"[+-] -?\d+")
try:
    lines = sys.stdin.read().split("\n")
    q = int(lines[0])
    ops = lines[1 : q + 1]
    ok = 1 <= q <= 10**5 and len(ops) == q and all(LINE.fullmatch(op) for op in ops)
    ok = ok and all(line == "" for line in lines[q + 1 :])
    keys = [int(op[2:]) for op in ops] if ok else []
    ok = ok and all(-(10**9) <= k <= 10**9 for k in keys)
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    print(json.dumps({"q": q, "key": [min(keys), max(keys)]}))
sys.exit(42 if ok else 43)
