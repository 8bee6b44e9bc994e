# Mistake: treats the kit as a set of items, ignoring how many of each it needs.
# Caught by sample 2 and secret/05-multiplicity.
def solve(huts, kit):
    wanted = set(kit)
    have = {}
    best = ""
    left = 0
    for right, c in enumerate(huts):
        have[c] = have.get(c, 0) + 1
        while all(have.get(w, 0) > 0 for w in wanted):
            if best == "" or right - left + 1 < len(best):
                best = huts[left : right + 1]
            have[huts[left]] -= 1
            left += 1
    return best
