# Mistake: for k = 0 multiplies count[a] * count[a], pairing each marker with itself and counting
# each pair in both orders. Caught by sample/2 (answers 9, not 3) and secret/02-single.
from collections import Counter


def solve(altitudes, k):
    count = Counter(altitudes)
    return sum(c * count.get(a + k, 0) for a, c in count.items())
