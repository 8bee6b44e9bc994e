# Stores suggestions only below the root, so the empty prefix gets nothing (sample 2).
from collections import Counter


def solve(searches, prefixes, k):
    counts = Counter(searches)
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    root = ({}, [])  # (children, best words)
    for w in ranked:
        node = root
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
