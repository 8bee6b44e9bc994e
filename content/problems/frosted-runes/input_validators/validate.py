"""Input validator (Kattis interface): stdin is a JSON array [wall, word] within the stated limits."""
import json
import re
import sys

try:
    wall, word = json.loads(sys.stdin.read())
    ok = type(wall) is str and type(word) is str and 1 <= len(wall) <= 10**5 and 1 <= len(word) <= 10**5
    ok = ok and re.fullmatch(r"[a-z*]+", wall) is not None and re.fullmatch(r"[a-z]+", word) is not None
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
