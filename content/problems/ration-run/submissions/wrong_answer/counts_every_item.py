# Mistake: lowers `missing` for every hut whose item is in the kit, even when the window already has
# enough of it, so a window full of spare a's looks complete. Caught by sample 3 and secret/05-multiplicity.
from collections import Counter


def solve(huts, kit):
    need = Counter(kit)
    have = Counter()
    missing = len(kit)
    best = ""
    left = 0
    for right, c in enumerate(huts):
        have[c] += 1
        if c in need:
            missing -= 1
        while missing <= 0:
            if best == "" or right - left + 1 < len(best):
                best = huts[left : right + 1]
            d = huts[left]
            have[d] -= 1
            if d in need:
                missing += 1
            left += 1
    return best
