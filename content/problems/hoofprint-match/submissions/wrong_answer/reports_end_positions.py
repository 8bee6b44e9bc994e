# Off by one: reports where each matching window ENDS instead of where it starts.
# Caught by sample 1.
from collections import Counter


def solve(trail, herd):
    m = len(herd)
    if m > len(trail):
        return []
    want, have = Counter(herd), Counter(trail[:m])
    found = [m - 1] if have == want else []
    for i in range(m, len(trail)):
        have[trail[i]] += 1
        have[trail[i - m]] -= 1
        if have[trail[i - m]] == 0:
            del have[trail[i - m]]
        if have == want:
            found.append(i)
    return found
