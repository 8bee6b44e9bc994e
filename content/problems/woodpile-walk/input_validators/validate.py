"""Input validator (Kattis interface): stdin is a JSON array [piles, need] within the stated limits."""
import json
import sys

try:
    piles, need = json.loads(sys.stdin.read())
    ok = (
        type(piles) is list
        and 1 <= len(piles) <= 10**5
        and all(type(p) is int and 1 <= p <= 10**4 for p in piles)
        and type(need) is int
        and 1 <= need <= 10**9
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
