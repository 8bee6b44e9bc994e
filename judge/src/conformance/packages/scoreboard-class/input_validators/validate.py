"""Accepts a call list: ["Scoreboard"] first, then record/total/leader calls with valid arguments."""
import json
import sys

calls = json.loads(sys.stdin.read())
assert calls[0] == ["Scoreboard"]
for name, *args in calls[1:]:
    if name == "record":
        assert isinstance(args[0], str) and isinstance(args[1], int) and -100 <= args[1] <= 100
    elif name == "total":
        assert len(args) == 1 and isinstance(args[0], str)
    else:
        assert name == "leader" and args == []
sys.exit(42)
