"""Input validator (Kattis interface): `n p`, then the profile (see the interactor): `list h_1 .. h_n`
or `blocks SEED K LO HI BASE`, strictly rising to pole p and strictly falling after it, 0 <= h < 2^31.
With --measure it prints the input's measures as JSON: n, p and (for `list`) h, the altitudes."""
import json
import sys

LIMIT = 2**31


def check(text):
    lines = text.split("\n")
    n, summit = map(int, lines[0].split())
    words = lines[1].split()
    if not (1 <= summit <= n <= 10**6) or any(line.strip() for line in lines[2:]):
        return None
    if words[0] == "list":
        h = list(map(int, words[1:]))
        ok = len(h) == n and all(0 <= x < LIMIT for x in h)
        ok = ok and all(h[i] < h[i + 1] for i in range(summit - 1))
        ok = ok and all(h[i] > h[i + 1] for i in range(summit - 1, n - 1))
        return {"n": n, "p": summit, "h": [min(h), max(h)]} if ok else None
    if words[0] == "blocks" and len(words) == 6:
        seed, block, lo, hi, base = map(int, words[1:])
        # The highest pole is at most base + (n - 1) * hi + lo // 2 (the interactor's top).
        top = base + (n - 1) * hi + max(1, lo // 2)
        ok = 0 <= seed < 2**32 and 1 <= block <= n and 1 <= lo <= hi and 0 <= base and top < LIMIT
        # Its altitudes exist only in the interactor: only n and p are measured here.
        return {"n": n, "p": summit} if ok else None
    return None


try:
    measures = check(sys.stdin.read())
except (ValueError, IndexError):
    measures = None
if measures is not None and "--measure" in sys.argv[1:]:
    print(json.dumps(measures))
sys.exit(42 if measures is not None else 43)
