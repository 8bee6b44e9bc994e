# Keeps walking and sends the longest stem that starts the word, not the shortest (sample 1).
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
        out.append(sent)
    return out
