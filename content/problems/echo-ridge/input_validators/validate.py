"""Input validator (Kattis interface): stdin is a JSON array [head], the list's values head first."""
import json
import sys

try:
    (values,) = json.loads(sys.stdin.read())
    ok = type(values) is list and len(values) <= 10**5 and all(type(v) is int and abs(v) <= 10**9 for v in values)
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
