# Mistake: counts only pieces of two or more syllables, as if one syllable were no echo.
# Caught by sample/1 (answers 2, not 7) and secret/01-one.
import sys

call = sys.stdin.read().split()[1]
t = "^#" + "#".join(call) + "#$"
p = [0] * len(t)
center = right = 0
for i in range(1, len(t) - 1):
    if i < right:
        p[i] = min(right - i, p[2 * center - i])
    while t[i + p[i] + 1] == t[i - p[i] - 1]:
        p[i] += 1
    if i + p[i] > right:
        center, right = i, i + p[i]
print(sum((r + 1) // 2 for r in p) - len(call))
