"""Input validator (Kattis interface): `n m s`, n different tags in 1..10^9, then m passages `u v`
(1 <= u, v <= n, loops and repeats allowed) joining all n chambers; 1 <= n <= 3000, 0 <= m <= 3000.
With --measure it prints the input's measures as JSON: n, m and the tags' range (label)."""
import json
import sys


def check(text):
    lines = text.split("\n")
    n, m, s = map(int, lines[0].split())
    tags = list(map(int, lines[1].split()))
    if not (1 <= n <= 3000 and 0 <= m <= 3000 and 1 <= s <= n and len(tags) == n):
        return None
    if len(set(tags)) != n or not all(1 <= t <= 10**9 for t in tags):
        return None
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for line in lines[2 : 2 + m]:
        u, v = map(int, line.split())
        if not (1 <= u <= n and 1 <= v <= n):
            return None
        parent[find(u)] = find(v)
    if len({find(u) for u in range(1, n + 1)}) != 1 or any(line.strip() for line in lines[2 + m :]):
        return None
    return {"n": n, "m": m, "label": [min(tags), max(tags)]}


try:
    measures = check(sys.stdin.read())
except (ValueError, IndexError):
    measures = None
if measures is not None and "--measure" in sys.argv[1:]:
    print(json.dumps(measures))
sys.exit(42 if measures is not None else 43)
