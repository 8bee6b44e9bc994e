# Mistake: looks every guide's skill up in the index of needed skills; a skill nobody needs raises
# KeyError. Crashes on sample/1 ("ski").
def solve(needed, guides):
    index = {s: i for i, s in enumerate(needed)}
    masks = set()
    for g in guides:
        m = 0
        for s in g:
            m |= 1 << index[s]
        masks.add(m)
    full = (1 << len(needed)) - 1
    best = [99] * (full + 1)
    best[0] = 0
    for mask in range(full + 1):
        for g in masks:
            best[mask | g] = min(best[mask | g], best[mask] + 1)
    return -1 if best[full] == 99 else best[full]
