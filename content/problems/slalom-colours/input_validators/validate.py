"""Input validator (Kattis interface): t, then t cases `n k` and n colours in 1..n; the sum of n is
at most 2 * 10^5. With --measure it prints the input's measures as JSON."""
import json
import sys


def check(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    t = int(lines[0])
    if not 1 <= t <= 10**4 or len(lines) != 1 + 2 * t or lines[0] != str(t):
        return None
    ns, ks, cs, total = [], [], [], 0
    for case in range(t):
        head = lines[1 + 2 * case].split(" ")
        n, k = int(head[0]), int(head[1])
        colours = [int(x) for x in lines[2 + 2 * case].split(" ")]
        if len(head) != 2 or not 1 <= k <= n <= 2 * 10**5 or len(colours) != n:
            return None
        if not all(1 <= c <= n for c in colours):
            return None
        total += n
        ns.append(n)
        ks.append(k)
        cs.extend((min(colours), max(colours)))
    if total > 2 * 10**5:
        return None
    return {"t": t, "n": [min(ns), max(ns)], "k": [min(ks), max(ks)], "c": [min(cs), max(cs)], "sum_n": total}


try:
    measures = check(sys.stdin.read())
except (ValueError, IndexError):
    measures = None
if measures is not None and "--measure" in sys.argv[1:]:
    print(json.dumps(measures))
sys.exit(42 if measures is not None else 43)
