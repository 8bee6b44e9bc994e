# Mistake: lower-cases everything, so 'a' covers 'A'. Caught by secret/03-case-matters.
from collections import Counter


def solve(huts, kit):
    folded = huts.lower()
    need = Counter(kit.lower())
    missing = len(kit)
    best_start, best_len = 0, len(huts) + 1
    left = 0
    for right, c in enumerate(folded):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        while missing == 0:
            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            need[folded[left]] += 1
            if need[folded[left]] > 0:
                missing += 1
            left += 1
    return "" if best_len > len(huts) else huts[best_start : best_start + best_len]
