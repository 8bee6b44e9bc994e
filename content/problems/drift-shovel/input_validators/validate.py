"""Input validator (Kattis interface): t, then t cases `n k` and a line of n characters '#' or '.';
the sum of n is at most 2 * 10^5. With --measure it prints the input's measures as JSON."""
import json
import sys


def check(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    t = int(lines[0])
    if not 1 <= t <= 10**4 or len(lines) != 1 + 2 * t or lines[0] != str(t):
        return None
    ns, ks, total = [], [], 0
    for case in range(t):
        head = lines[1 + 2 * case].split(" ")
        if len(head) != 2:
            return None
        n, k = int(head[0]), int(head[1])
        path = lines[2 + 2 * case]
        if not 1 <= k <= n <= 2 * 10**5 or len(path) != n or set(path) - {"#", "."}:
            return None
        ns.append(n)
        ks.append(k)
        total += n
    if total > 2 * 10**5:
        return None
    return {"t": t, "n": [min(ns), max(ns)], "k": [min(ks), max(ks)], "sum_n": total}


try:
    measures = check(sys.stdin.read())
except (ValueError, IndexError):
    measures = None
if measures is not None and "--measure" in sys.argv[1:]:
    print(json.dumps(measures))
sys.exit(42 if measures is not None else 43)
