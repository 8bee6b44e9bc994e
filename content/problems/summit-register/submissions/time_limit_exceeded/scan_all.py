# Correct but O(P * D): ranks once, then scans every distinct search for every prefix; ~2 * 10^8
# startswith calls on 12-max-shared-first-letter.
from collections import Counter


def solve(searches, prefixes, k):
    counts = Counter(searches)
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    out = []
    for p in prefixes:
        found = []
        for w in ranked:
            if w.startswith(p):
                found.append(w)
                if len(found) == k:
                    break
        out.append(found)
    return out
