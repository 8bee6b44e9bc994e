# Mistake: operator precedence: 1 << index[s] + 1 is 1 << (index[s] + 1), so the masks are shifted
# one bit and never add up to the full mask of the needed skills. Caught by sample/1.
def solve(needed, guides):
    index = {s: i for i, s in enumerate(needed)}
    masks = set()
    for g in guides:
        m = 0
        for s in g:
            if s in index:
                m |= 1 << index[s] + 1
        masks.add(m)
    full = (1 << len(needed)) - 1
    best = {0: 0}
    for mask in range(1 << (len(needed) + 1)):
        if mask not in best:
            continue
        for g in masks:
            if best[mask] + 1 < best.get(mask | g, 99):
                best[mask | g] = best[mask] + 1
    return best.get(full, -1)
