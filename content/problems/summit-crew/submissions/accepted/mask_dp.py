def solve(needed, guides):
    index = {s: i for i, s in enumerate(needed)}
    masks = set()
    for g in guides:
        m = 0
        for s in g:
            if s in index:  # skills nobody needs are ignored
                m |= 1 << index[s]
        masks.add(m)
    full = (1 << len(needed)) - 1
    inf = len(guides) + 1
    best = [inf] * (full + 1)  # best[mask]: fewest guides covering exactly the skills of mask
    best[0] = 0
    for mask in range(full + 1):  # mask | g >= mask, so best[mask] is final when reached
        b = best[mask] + 1
        if b > inf:
            continue
        for g in masks:
            if b < best[mask | g]:
                best[mask | g] = b
    return -1 if best[full] == inf else best[full]
