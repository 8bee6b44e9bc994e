# Mistake: treats '*' as a character that must match, i.e. an exact anagram test.
# Caught by sample/1 (no window of "xtoe*sn" is an exact anagram of "stone") and secret/09-frost-needed.
from collections import Counter


def solve(wall, word):
    m, need = len(word), Counter(word)
    if m > len(wall):
        return []
    have = Counter(wall[:m])
    out = [0] if have == need else []
    for i in range(m, len(wall)):
        have[wall[i]] += 1
        have[wall[i - m]] -= 1
        if have[wall[i - m]] == 0:
            del have[wall[i - m]]
        if have == need:
            out.append(i - m + 1)
    return out
