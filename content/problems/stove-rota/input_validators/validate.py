"""Input validator (Kattis interface): stdin is a JSON array [minutes, turn]: at most 1000 integers
in [1, 500], and 1 <= turn <= 500. Exit 42 when valid."""
import json
import sys

try:
    minutes, turn = json.loads(sys.stdin.read())
    ok = type(minutes) is list and len(minutes) <= 1000
    ok = ok and all(type(m) is int and 1 <= m <= 500 for m in minutes)
    ok = ok and type(turn) is int and 1 <= turn <= 500
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
