# Mistake: looks for the value that appears exactly once; the odd one may appear three times.
# Caught by sample/1 (41 appears three times: nothing is found) and secret/03-odd-three-times.
from collections import Counter


def solve(pings):
    for p, c in Counter(pings).items():
        if c == 1:
            return p
    return -1
