"""Input validator (Kattis interface): stdin is a JSON call list for FrostCairn within the stated limits.

It also checks the promise of the statement: lift, peek and coldest are never called on an empty
cairn. With --measure it prints the input's measures as JSON (calls, and the readings' range).
"""
import json
import sys


def check(calls):
    assert type(calls) is list and len(calls) >= 2 and calls[0] == ["FrostCairn"]
    assert len(calls) - 1 <= 50000
    height, readings = 0, []
    for call in calls[1:]:
        assert type(call) is list and call
        if call[0] == "place":
            assert len(call) == 2 and type(call[1]) is int and -10**9 <= call[1] <= 10**9
            readings.append(call[1])
            height += 1
        else:
            assert call[0] in ("lift", "peek", "coldest") and len(call) == 1 and height > 0
            height -= call[0] == "lift"
    measures = {"calls": len(calls) - 1}
    if readings:
        measures["reading"] = [min(readings), max(readings)]
    return measures


try:
    measures = check(json.loads(sys.stdin.read()))
except (ValueError, TypeError, AssertionError, IndexError):
    sys.exit(43)
if "--measure" in sys.argv[1:]:
    print(json.dumps(measures))
sys.exit(42)
