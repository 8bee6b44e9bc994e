"""Input validator (Kattis interface): `n k` (1 <= k <= min(n, 2000), n <= 10^9), then the heap (see
the interactor): `list a_1 .. a_n` in min-heap order with 0 <= a_i <= 10^11, or
`grow SEED BASE SMAX SPINE CHEAP` whose largest possible value stays within 10^11.
With --measure it prints the input's measures as JSON: n, k and (for `list`) a, the values."""
import json
import sys

MAXV = 10**11


def check(text):
    lines = text.split("\n")
    n, k = map(int, lines[0].split())
    words = lines[1].split()
    if not (1 <= k <= n <= 10**9 and k <= 2000) or any(line.strip() for line in lines[2:]):
        return None
    if words[0] == "list":
        a = list(map(int, words[1:]))
        ok = len(a) == n and all(0 <= x <= MAXV for x in a)
        ok = ok and all(a[(i + 1) // 2 - 1] <= a[i] for i in range(1, n))
        return {"n": n, "k": k, "a": [min(a), max(a)]} if ok else None
    if words[0] == "grow" and len(words) == 6:
        seed, base, smax, spine, cheap = map(int, words[1:])
        ok = 0 <= seed < 2**64 and 0 <= base and 0 <= smax and 0 <= cheap and 0 <= spine <= n
        ok = ok and base + n.bit_length() * max(smax, cheap) <= MAXV
        return {"n": n, "k": k} if ok else None
    return None


try:
    measures = check(sys.stdin.read())
except (ValueError, IndexError):
    measures = None
if measures is not None and "--measure" in sys.argv[1:]:
    print(json.dumps(measures))
sys.exit(42 if measures is not None else 43)
