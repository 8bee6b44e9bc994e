"""Input validator (Kattis interface): t, then t cases: `n m`, a line of n integers, a line of m
integers (any order), n, m <= 10^5, |x| <= 10^9; the sum of n + m is at most 2 * 10^5. With --measure it prints
the input's measures as JSON."""
import json
import sys


def check(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    t = int(lines[0])
    if not 1 <= t <= 10**4 or len(lines) != 1 + 3 * t or lines[0] != str(t):
        return None
    ns, ms, xs, total = [], [], [], 0
    for case in range(t):
        head = lines[1 + 3 * case].split(" ")
        if len(head) != 2:
            return None
        n, m = int(head[0]), int(head[1])
        a = [int(v) for v in lines[2 + 3 * case].split(" ")]
        b = [int(v) for v in lines[3 + 3 * case].split(" ")]
        if not 1 <= n <= 10**5 or not 1 <= m <= 10**5 or len(a) != n or len(b) != m or any(abs(v) > 10**9 for v in a + b):
            return None
        ns.append(n)
        ms.append(m)
        xs.extend((min(a + b), max(a + b)))
        total += n + m
    if total > 2 * 10**5:
        return None
    return {"t": t, "n": [min(ns), max(ns)], "m": [min(ms), max(ms)], "x": [min(xs), max(xs)], "sum_nm": total}


try:
    measures = check(sys.stdin.read())
except (ValueError, IndexError):
    measures = None
if measures is not None and "--measure" in sys.argv[1:]:
    print(json.dumps(measures))
sys.exit(42 if measures is not None else 43)
