# Correct but O(|stems| * |words|): ~4 * 10^8 startswith calls on 14-max-many-stems.
def solve(stems, words):
    out = []
    for w in words:
        best = w
        for s in stems:
            if w.startswith(s) and len(s) < len(best):
                best = s
        out.append(best)
    return out
