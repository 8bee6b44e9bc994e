"""Input validator (Kattis interface): stdin is a JSON array [logs] within the stated limits."""
import json
import re
import sys

try:
    (logs,) = json.loads(sys.stdin.read())
    ok = type(logs) is list and len(logs) <= 1000 and all(type(log) is list for log in logs)
    ok = ok and sum(len(log) for log in logs) <= 10**5
    ok = ok and all(type(s) is str and re.fullmatch(r"[a-z]{1,12}", s) for log in logs for s in log)
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
