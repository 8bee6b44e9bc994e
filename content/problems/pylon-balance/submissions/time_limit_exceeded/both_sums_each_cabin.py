# O(n^2): adds up both sides again for every cabin; ~10^10 additions on secret/12-large-at-end.
def solve(loads):
    for p in range(len(loads)):
        if sum(loads[:p]) == sum(loads[p + 1 :]):
            return p
    return -1
