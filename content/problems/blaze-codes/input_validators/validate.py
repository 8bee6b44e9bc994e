"""Input validator (Kattis interface): stdin is a JSON array [names]: at most 2 * 10^4 strings of
1..100 lowercase letters, at most 2 * 10^5 letters in all. Exit 42 when valid."""
import json
import re
import sys

try:
    (names,) = json.loads(sys.stdin.read())
    ok = type(names) is list and len(names) <= 20000 and sum(map(len, names)) <= 200000
    ok = ok and all(type(s) is str and re.fullmatch(r"[a-z]{1,100}", s) for s in names)
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
