# Variable window with counts: `need` says how many of each item the window still lacks (negative:
# spare), `missing` how many kit items in all. Record while nothing is missing, shrinking the left.
from collections import Counter


def solve(huts, kit):
    need = Counter(kit)
    missing = len(kit)
    best_start, best_len = 0, len(huts) + 1
    left = 0
    for right, c in enumerate(huts):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        while missing == 0:
            if right - left + 1 < best_len:  # strictly shorter: ties keep the leftmost
                best_start, best_len = left, right - left + 1
            d = huts[left]
            need[d] += 1
            if need[d] > 0:
                missing += 1
            left += 1
    return "" if best_len > len(huts) else huts[best_start : best_start + best_len]
