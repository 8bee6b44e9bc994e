# Python trap: a plain dict of counts keeps a letter that left the window at count 0, and
# {"a": 0, "b": 1} != {"b": 1}, so matches after such a letter are missed. Caught by sample 1.
def solve(trail, herd):
    m = len(herd)
    if m > len(trail):
        return []
    want, have = {}, {}
    for c in herd:
        want[c] = want.get(c, 0) + 1
    for c in trail[:m]:
        have[c] = have.get(c, 0) + 1
    found = [0] if have == want else []
    for i in range(m, len(trail)):
        have[trail[i]] = have.get(trail[i], 0) + 1
        have[trail[i - m]] -= 1
        if have == want:
            found.append(i - m + 1)
    return found
