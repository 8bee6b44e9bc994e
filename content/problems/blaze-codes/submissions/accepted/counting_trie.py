# A trie of dicts whose nodes count the names passing through them; "#" holds the count.
def solve(names):
    root = {}
    for name in names:
        node = root
        for ch in name:
            node = node.setdefault(ch, {"#": 0})
            node["#"] += 1
    out = []
    for name in names:
        node, code = root, name
        for i, ch in enumerate(name):
            node = node[ch]
            if node["#"] == 1:
                code = name[: i + 1]
                break
        out.append(code)
    return out
