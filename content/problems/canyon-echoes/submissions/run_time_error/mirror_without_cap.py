# Mistake: copies the mirror's radius without capping it at right - i, so it assumes a palindrome
# reaching past the end of the known one, and past the sentinels: IndexError on secret/07-mirror-cap.
import sys

call = sys.stdin.read().split()[1]
t = "^#" + "#".join(call) + "#$"
p = [0] * len(t)
center = right = 0
for i in range(1, len(t) - 1):
    if i < right:
        p[i] = p[2 * center - i]
    while t[i + p[i] + 1] == t[i - p[i] - 1]:
        p[i] += 1
    if i + p[i] > right:
        center, right = i, i + p[i]
print(sum((r + 1) // 2 for r in p))
