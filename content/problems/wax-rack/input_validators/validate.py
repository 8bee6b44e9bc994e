"""Input validator (Kattis interface): stdin is a JSON array [bars], sorted, each in -50..10."""
import json
import sys

try:
    (bars,) = json.loads(sys.stdin.read())
    ok = (
        type(bars) is list
        and len(bars) <= 10**5
        and all(type(b) is int and -50 <= b <= 10 for b in bars)
        and all(bars[i] <= bars[i + 1] for i in range(len(bars) - 1))
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
