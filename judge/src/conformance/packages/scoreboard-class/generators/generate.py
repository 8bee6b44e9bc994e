"""Writes data/: each test is a list of calls on one Scoreboard and the expected result of each."""
import json
import random
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def expected(calls):
    totals, out = {}, []
    for name, *args in calls:
        if name == "Scoreboard" or name == "record":
            if name == "record":
                totals[args[0]] = totals.get(args[0], 0) + args[1]
            out.append(None)
        elif name == "total":
            out.append(totals.get(args[0], 0))
        else:
            best = max(totals.values(), default=None)
            out.append("" if best is None else min(p for p, t in totals.items() if t == best))
    return out


def write(path, calls):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".in").write_text(json.dumps(calls) + "\n")
    path.with_suffix(".ans").write_text(json.dumps(expected(calls)) + "\n")


write(DATA / "sample/1", [["Scoreboard"], ["record", "ana", 3], ["record", "bo", 5], ["leader"], ["total", "ana"]])
write(DATA / "secret/01", [["Scoreboard"], ["leader"], ["total", "zed"]])
write(DATA / "secret/02", [["Scoreboard"], ["record", "cy", 4], ["record", "ab", 4], ["leader"], ["record", "cy", -1], ["leader"]])
rng = random.Random(7)
players = ["ana", "bo", "cy", "dee", "eli"]
calls = [["Scoreboard"]]
for _ in range(300):
    kind = rng.choice(["record", "record", "total", "leader"])
    if kind == "record":
        calls.append(["record", rng.choice(players), rng.randint(-5, 9)])
    elif kind == "total":
        calls.append(["total", rng.choice(players)])
    else:
        calls.append(["leader"])
write(DATA / "secret/03", calls)
