# Returns the longest prefix shared with another name, one letter short of the code (sample 1).
def solve(names):
    order = sorted(range(len(names)), key=lambda i: names[i])

    def lcp(a, b):
        n = 0
        while n < len(a) and n < len(b) and a[n] == b[n]:
            n += 1
        return n

    out = [None] * len(names)
    for pos, i in enumerate(order):
        longest = 0
        for nb in (pos - 1, pos + 1):
            if 0 <= nb < len(order):
                longest = max(longest, lcp(names[i], names[order[nb]]))
        out[i] = names[i][: max(longest, 1)]
    return out
