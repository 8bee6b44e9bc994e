"""Input validator (Kattis interface): stdin is a JSON array [log] within the stated limits."""
import json
import re
import sys

try:
    (log,) = json.loads(sys.stdin.read())
    ok = type(log) is str and 1 <= len(log) <= 10**5 and re.fullmatch(r"[abc-]+", log) is not None
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
