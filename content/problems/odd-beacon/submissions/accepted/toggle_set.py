# A set toggled on every ping: what stays in it was seen an odd number of times.
def solve(pings):
    out = set()
    for p in pings:
        if p in out:
            out.remove(p)
        else:
            out.add(p)
    return out.pop()
