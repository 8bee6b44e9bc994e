"""Input validator (Kattis interface): one integer 0 <= x < 10^9 on one line."""
import re
import sys

text = sys.stdin.read()
if not re.fullmatch(r"(0|[1-9]\d{0,8})\n", text):
    print("expected one integer from 0 to 999999999 on one line", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
