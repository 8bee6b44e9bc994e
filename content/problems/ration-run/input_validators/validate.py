"""Input validator (Kattis interface): stdin is a JSON array [huts, kit] of ASCII letters."""
import json
import string
import sys

LETTERS = set(string.ascii_letters)
try:
    huts, kit = json.loads(sys.stdin.read())
    ok = (
        type(huts) is str
        and type(kit) is str
        and 1 <= len(huts) <= 10**5
        and 1 <= len(kit) <= 10**5
        and set(huts) <= LETTERS
        and set(kit) <= LETTERS
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
