"""Input validator (Kattis interface): stdin is a JSON array [stems, words]: each a list of at most
2 * 10^4 strings of 1..1000 lowercase letters, at most 2 * 10^5 letters per list. Exit 42 when valid."""
import json
import re
import sys

WORD = re.compile(r"[a-z]{1,1000}")
try:
    stems, words = json.loads(sys.stdin.read())
    ok = all(
        type(xs) is list and len(xs) <= 20000 and sum(map(len, xs)) <= 200000
        and all(type(x) is str and WORD.fullmatch(x) for x in xs)
        for xs in (stems, words)
    )
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
