# A trie of dicts; "$" marks the end of a stem. Each word walks until the first mark.
END = "$"


def solve(stems, words):
    root = {}
    for s in stems:
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[END] = True
    out = []
    for w in words:
        node, sent = root, w
        for i, ch in enumerate(w):
            node = node.get(ch)
            if node is None:
                break
            if END in node:
                sent = w[: i + 1]
                break
        out.append(sent)
    return out
