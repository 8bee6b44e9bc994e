"""Input validator (Kattis interface): stdin is a JSON array [code, k] within the stated limits."""
import json
import re
import sys

try:
    code, k = json.loads(sys.stdin.read())
    ok = type(code) is str and 2 <= len(code) <= 10**5 and re.fullmatch(r"([1-9][0-9]*[nesw])+", code) is not None
    ok = ok and all(int(c) <= 10**9 for c in re.findall(r"[0-9]+", code))
    ok = ok and type(k) is int and 1 <= k <= 10**15
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
