"""Input validator (Kattis interface): stdin is a JSON call list for GearRack within the stated limits.

With --measure it prints the input's measures as JSON (capacity, calls, and the tag and weight ranges).
"""
import json
import sys


def check(calls):
    assert type(calls) is list and len(calls) >= 2
    first = calls[0]
    assert first[0] == "GearRack" and len(first) == 2
    capacity = first[1]
    assert type(capacity) is int and 1 <= capacity <= 15000
    assert len(calls) - 1 <= 30000
    tags, weights = [], []
    for call in calls[1:]:
        assert type(call) is list and call
        if call[0] == "fetch":
            assert len(call) == 2
            tags.append(call[1])
        else:
            assert call[0] == "stow" and len(call) == 3
            tags.append(call[1])
            weights.append(call[2])
    assert all(type(t) is int and 0 <= t <= 100000 for t in tags)
    assert all(type(w) is int and 0 <= w <= 10**9 for w in weights)
    measures = {"capacity": capacity, "calls": len(calls) - 1, "tag": [min(tags), max(tags)]}
    if weights:
        measures["weight"] = [min(weights), max(weights)]
    return measures


try:
    measures = check(json.loads(sys.stdin.read()))
except (ValueError, TypeError, AssertionError, IndexError):
    sys.exit(43)
if "--measure" in sys.argv[1:]:
    print(json.dumps(measures))
sys.exit(42)
