"""Input validator (Kattis interface): stdin is a JSON array [mine, yours], both sorted ascending."""
import json
import sys


def good(values):
    return (
        type(values) is list
        and len(values) <= 10**5
        and all(type(v) is int and abs(v) <= 10**9 for v in values)
        and all(values[i] <= values[i + 1] for i in range(len(values) - 1))
    )


try:
    mine, yours = json.loads(sys.stdin.read())
    ok = good(mine) and good(yours)
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
