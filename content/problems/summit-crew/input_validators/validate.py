"""Input validator (Kattis interface): stdin is a JSON array [needed, guides] within the stated limits."""
import json
import re
import sys


def skill(s):
    return type(s) is str and re.fullmatch(r"[a-z]{1,10}", s) is not None


try:
    needed, guides = json.loads(sys.stdin.read())
    ok = type(needed) is list and 1 <= len(needed) <= 12 and all(skill(s) for s in needed)
    ok = ok and len(set(needed)) == len(needed)
    ok = ok and type(guides) is list and 1 <= len(guides) <= 60
    ok = ok and all(type(g) is list and len(g) <= 12 and all(skill(s) for s in g) for g in guides)
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
