"""Input validator (Kattis interface): exit 42 when the input is one integer 0 <= n <= 10^9 and a newline."""
import re
import sys

text = sys.stdin.read()
ok = re.fullmatch(r"(0|[1-9]\d*)\n", text) is not None and int(text) <= 10**9
sys.exit(42 if ok else 43)
