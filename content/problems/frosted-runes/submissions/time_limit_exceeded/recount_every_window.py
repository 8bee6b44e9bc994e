# O(len(wall) * len(word)): counts every window from scratch; 2.5 * 10^9 characters on
# secret/12-large-long-word.
from collections import Counter


def solve(wall, word):
    m, need = len(word), Counter(word)
    out = []
    for start in range(len(wall) - m + 1):
        have = Counter(wall[start : start + m])
        del have["*"]
        if all(cnt <= need[c] for c, cnt in have.items()):
            out.append(start)
    return out
