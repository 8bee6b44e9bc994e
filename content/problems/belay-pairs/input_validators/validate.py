"""Input validator (Kattis interface): t, then t cases `n lo hi` and n weights; 1 <= lo <= hi <= 2e9,
1 <= w <= 1e9, the sum of n at most 2 * 10^5. With --measure it prints the input's measures as JSON."""
import json
import sys


def check(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    t = int(lines[0])
    if not 1 <= t <= 10**4 or len(lines) != 1 + 2 * t or lines[0] != str(t):
        return None
    ns, ws, los, his, total = [], [], [], [], 0
    for case in range(t):
        head = lines[1 + 2 * case].split(" ")
        if len(head) != 3:
            return None
        n, lo, hi = map(int, head)
        weights = [int(x) for x in lines[2 + 2 * case].split(" ")]
        if not 1 <= n <= 2 * 10**5 or len(weights) != n or not 1 <= lo <= hi <= 2 * 10**9:
            return None
        if not all(1 <= w <= 10**9 for w in weights):
            return None
        total += n
        ns.append(n)
        ws.extend((min(weights), max(weights)))
        los.append(lo)
        his.append(hi)
    if total > 2 * 10**5:
        return None
    return {"t": t, "n": [min(ns), max(ns)], "w": [min(ws), max(ws)], "lo": [min(los), max(los)], "hi": [min(his), max(his)], "sum_n": total}


try:
    measures = check(sys.stdin.read())
except (ValueError, IndexError):
    measures = None
if measures is not None and "--measure" in sys.argv[1:]:
    print(json.dumps(measures))
sys.exit(42 if measures is not None else 43)
