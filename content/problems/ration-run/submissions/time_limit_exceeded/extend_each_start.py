# O(n * answer): from every start, extend until the kit is covered; ~5 * 10^9 steps on
# secret/13-large-long-kit (the shortest stretch is ~60 000 huts long).
from collections import Counter


def solve(huts, kit):
    best = ""
    for start in range(len(huts)):
        need = Counter(kit)
        missing = len(kit)
        for end in range(start, len(huts)):
            if need[huts[end]] > 0:
                missing -= 1
            need[huts[end]] -= 1
            if missing == 0:
                if best == "" or end - start + 1 < len(best):
                    best = huts[start : end + 1]
                break
        if missing:
            break
    return best
