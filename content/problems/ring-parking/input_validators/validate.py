"""Input validator (Kattis interface): t, then t cases: n and a line of n characters 0/1; the sum of
n is at most 2 * 10^5. With --measure it prints the input's measures as JSON."""
import json
import sys


def check(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    t = int(lines[0])
    if not 1 <= t <= 10**4 or len(lines) != 1 + 2 * t or lines[0] != str(t):
        return None
    ns, sleds, total = [], [], 0
    for case in range(t):
        head = lines[1 + 2 * case]
        n = int(head)
        ring = lines[2 + 2 * case]
        if head != str(n) or not 1 <= n <= 2 * 10**5 or len(ring) != n or set(ring) - {"0", "1"}:
            return None
        ns.append(n)
        sleds.append(ring.count("1"))
        total += n
    if total > 2 * 10**5:
        return None
    return {"t": t, "n": [min(ns), max(ns)], "sleds": [min(sleds), max(sleds)], "sum_n": total}


try:
    measures = check(sys.stdin.read())
except (ValueError, IndexError):
    measures = None
if measures is not None and "--measure" in sys.argv[1:]:
    print(json.dumps(measures))
sys.exit(42 if measures is not None else 43)
