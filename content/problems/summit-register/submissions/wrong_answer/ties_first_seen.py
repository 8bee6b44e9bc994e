# Breaks ties by the order of first search instead of alphabetically (02-ties-alphabetical;
# sample 1 ranks skitour before ski).
from collections import Counter


def solve(searches, prefixes, k):
    counts = Counter(searches)
    ranked = sorted(counts, key=lambda w: -counts[w])  # stable: first-seen order among ties
    root = ({}, [])  # (children, best words)
    for w in ranked:
        node = root
        if len(node[1]) < k:
            node[1].append(w)
        for ch in w:
            node = node[0].setdefault(ch, ({}, []))
            if len(node[1]) < k:
                node[1].append(w)
    out = []
    for p in prefixes:
        node = root
        for ch in p:
            node = node[0].get(ch)
            if node is None:
                break
        out.append(list(node[1]) if node else [])
    return out
