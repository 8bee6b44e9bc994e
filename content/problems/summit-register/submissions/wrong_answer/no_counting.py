# Ranks the log entries without counting them: a repeated search is suggested more than once
# and its repeats do not add up (sample 1).
from collections import Counter


def solve(searches, prefixes, k):
    ranked = sorted(searches)
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
