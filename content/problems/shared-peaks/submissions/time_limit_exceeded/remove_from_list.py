# O(n * m): for each of my heights, searches your list and removes the match; list.remove shifts
# the list and the scan walks it: ~5 * 10^9 steps on secret/10-large-duplicates.
def solve(mine, yours):
    rest = list(yours)
    shared = []
    for h in mine:
        for k in range(len(rest)):
            if rest[k] == h:
                shared.append(h)
                del rest[k]
                break
    return shared
