"""Input validator (Kattis interface): stdin is a JSON array [trail, herd] of lower-case letters."""
import json
import string
import sys

LETTERS = set(string.ascii_lowercase)
try:
    trail, herd = json.loads(sys.stdin.read())
    ok = (
        type(trail) is str
        and type(herd) is str
        and 1 <= len(trail) <= 10**5
        and 1 <= len(herd) <= 10**5
        and set(trail) <= LETTERS
        and set(herd) <= LETTERS
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
