# Tries every team of 1, 2, 3, ... guides; on secret/09-large-singles the only team has 12 guides,
# after C(60, 1) + ... + C(60, 11) (about 10^12) teams that fail.
import itertools


def solve(needed, guides):
    want = set(needed)
    for size in range(1, len(guides) + 1):
        for team in itertools.combinations(guides, size):
            if want <= {s for g in team for s in g}:
                return size
    return -1
