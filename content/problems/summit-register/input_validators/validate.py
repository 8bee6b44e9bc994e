"""Input validator (Kattis interface): stdin is a JSON array [searches, prefixes, k]: 1..3 * 10^4
searches of 1..20 lowercase letters (at most 2 * 10^5 letters in all), 1..10^4 prefixes of 0..20
lowercase letters, 1 <= k <= 10. Exit 42 when valid."""
import json
import re
import sys

try:
    searches, prefixes, k = json.loads(sys.stdin.read())
    ok = (
        type(searches) is list and 1 <= len(searches) <= 30000
        and all(type(s) is str and re.fullmatch(r"[a-z]{1,20}", s) for s in searches)
        and sum(map(len, searches)) <= 200000
        and type(prefixes) is list and 1 <= len(prefixes) <= 10000
        and all(type(p) is str and re.fullmatch(r"[a-z]{0,20}", p) for p in prefixes)
        and type(k) is int and 1 <= k <= 10
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
