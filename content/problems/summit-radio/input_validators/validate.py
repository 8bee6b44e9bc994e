"""Input validator (Kattis interface): t, then t cases: `n m`, a line of 2n times, a line of 2m times;
each list is shifts [s, e) with s < e, in order, not overlapping (e <= next s); n, m <= 5 * 10^4 and
the sum of n + m is at most 10^5. With --measure it prints the input's measures as JSON."""
import json
import sys

TOP = 10**12


def shifts_ok(times):
    if any(not 0 <= x <= TOP for x in times):
        return False
    # s1 < e1 <= s2 < e2 <= ...
    return all(times[i] < times[i + 1] if i % 2 == 0 else times[i] <= times[i + 1] for i in range(len(times) - 1))


def check(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    t = int(lines[0])
    if not 1 <= t <= 10**4 or len(lines) != 1 + 3 * t or lines[0] != str(t):
        return None
    ns, ms, lo, hi, total = [], [], TOP, 0, 0
    for case in range(t):
        head = lines[1 + 3 * case].split(" ")
        if len(head) != 2:
            return None
        n, m = int(head[0]), int(head[1])
        a = [int(x) for x in lines[2 + 3 * case].split(" ")]
        b = [int(x) for x in lines[3 + 3 * case].split(" ")]
        if not 1 <= n <= 5 * 10**4 or not 1 <= m <= 5 * 10**4 or len(a) != 2 * n or len(b) != 2 * m or not shifts_ok(a) or not shifts_ok(b):
            return None
        ns.append(n)
        ms.append(m)
        lo, hi, total = min(lo, a[0], b[0]), max(hi, a[-1], b[-1]), total + n + m
    if total > 10**5:
        return None
    return {"t": t, "n": [min(ns), max(ns)], "m": [min(ms), max(ms)], "time": [lo, hi], "sum_nm": total}


try:
    measures = check(sys.stdin.read())
except (ValueError, IndexError):
    measures = None
if measures is not None and "--measure" in sys.argv[1:]:
    print(json.dumps(measures))
sys.exit(42 if measures is not None else 43)
