"""Input validator (Kattis interface): exit 42 when the input is one line with 1 <= x <= 10^6."""
import re
import sys

text = sys.stdin.read()
ok = re.fullmatch(r"[1-9]\d*\n", text) is not None and int(text) <= 10**6
sys.exit(42 if ok else 43)
