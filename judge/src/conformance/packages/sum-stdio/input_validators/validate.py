"""Input validator (Kattis interface): exit 42 when stdin is two integers within +-10^15 on one line."""
import re
import sys

text = sys.stdin.read()
if not re.fullmatch(r"-?\d+ -?\d+\n", text):
    print("expected one line with two integers separated by one space", file=sys.stderr)
    sys.exit(43)
if any(abs(int(x)) > 10**15 for x in text.split()):
    print("a value is outside [-10^15, 10^15]", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
