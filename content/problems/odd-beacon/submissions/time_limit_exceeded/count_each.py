# O(n^2): counts every ping's value with a search of the whole log; 10^10 steps on
# secret/12-large-few-beacons, where the odd beacon pings last.
def solve(pings):
    for p in pings:
        if pings.count(p) % 2 == 1:
            return p
    return -1
