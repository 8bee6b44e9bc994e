"""Input validator (Kattis interface): stdin is a JSON call list for RadioRoll within the stated limits.

With --measure it prints the input's measures as JSON (calls, and the ranges of callsign and prefix
lengths).
"""
import json
import re
import sys

LETTERS = re.compile(r"[a-z]*")


def check(calls):
    assert type(calls) is list and len(calls) >= 2 and calls[0] == ["RadioRoll"]
    assert len(calls) - 1 <= 32000
    callsigns, prefixes = [], []
    for call in calls[1:]:
        assert type(call) is list and len(call) == 2 and type(call[1]) is str
        assert LETTERS.fullmatch(call[1]) and len(call[1]) <= 20
        if call[0] == "countStarting":
            prefixes.append(len(call[1]))
        else:
            assert call[0] in ("enlist", "onRoll") and len(call[1]) >= 1
            callsigns.append(len(call[1]))
    measures = {"calls": len(calls) - 1}
    if callsigns:
        measures["len(callsign)"] = [min(callsigns), max(callsigns)]
    if prefixes:
        measures["len(prefix)"] = [min(prefixes), max(prefixes)]
    return measures


try:
    measures = check(json.loads(sys.stdin.read()))
except (ValueError, TypeError, AssertionError, IndexError):
    sys.exit(43)
if "--measure" in sys.argv[1:]:
    print(json.dumps(measures))
sys.exit(42)
