# Builds the trie from the set of names, so a repeated name counts once and gets a short code
# although its twin starts with every prefix of it (sample 2).
def solve(names):
    root = {}
    for name in set(names):
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
