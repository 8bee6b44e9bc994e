"""Input validator (Kattis interface): `n` then a string of n lowercase letters.
With --measure it prints the input's measures as JSON: n."""
import json
import re
import sys

try:
    lines = sys.stdin.read().split("\n")
    (n,) = map(int, lines[0].split())
    call = lines[1]
    ok = 1 <= n <= 2 * 10**5 and len(call) == n and re.fullmatch(r"[a-z]+", call) is not None
    ok = ok and all(line.strip() == "" for line in lines[2:])
except (ValueError, IndexError):
    ok = False
if ok and "--measure" in sys.argv[1:]:
    print(json.dumps({"n": n}))
sys.exit(42 if ok else 43)
