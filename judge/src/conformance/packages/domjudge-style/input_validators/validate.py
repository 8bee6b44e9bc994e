"""Input validator (Kattis interface): one line of 1 to 100 lowercase words separated by single spaces."""
import re
import sys

text = sys.stdin.read()
if not re.fullmatch(r"[a-z]+( [a-z]+){0,99}\n", text):
    print("expected one line of 1 to 100 lowercase words separated by single spaces", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
