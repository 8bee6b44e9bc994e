"""Input validator (Kattis interface): stdin is a JSON array [n, passes, start, goal] with
1 <= n <= 2 * 10^4, at most 2 * 10^4 passes [a, b, height] (0 <= a, b < n, 1 <= height <= 8848),
0 <= start, goal < n."""
import json
import sys

try:
    n, passes, start, goal = json.loads(sys.stdin.read())
    ok = type(n) is int and 1 <= n <= 20000 and type(passes) is list and len(passes) <= 20000
    ok = ok and all(
        type(p) is list and len(p) == 3 and all(type(x) is int for x in p)
        and 0 <= p[0] < n and 0 <= p[1] < n and 1 <= p[2] <= 8848
        for p in passes
    )
    ok = ok and type(start) is int and type(goal) is int and 0 <= start < n and 0 <= goal < n
except (ValueError, TypeError):
    ok = False
sys.exit(42 if ok else 43)
