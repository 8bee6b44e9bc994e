# Replaces a word when a stem occurs anywhere in it, not only at its start (04-inside-not-prefix).
def solve(stems, words):
    by_length = sorted(set(stems), key=len)
    out = []
    for w in words:
        out.append(next((s for s in by_length if s in w), w))
    return out
