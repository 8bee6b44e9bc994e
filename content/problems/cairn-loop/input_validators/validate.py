"""Input validator (Kattis interface): stdin is a JSON array [arrows], each arrow an index into arrows."""
import json
import sys

try:
    (arrows,) = json.loads(sys.stdin.read())
    ok = (
        type(arrows) is list
        and 1 <= len(arrows) <= 10**5
        and all(type(a) is int and 0 <= a < len(arrows) for a in arrows)
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
