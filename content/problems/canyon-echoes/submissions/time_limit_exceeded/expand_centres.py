# O(n^2) on equal letters: grows a palindrome from every centre; 10^10 comparisons on
# secret/15-large-one-letter.
import sys

call = sys.stdin.read().split()[1]
n = len(call)
total = 0
for centre in range(2 * n - 1):
    l, r = centre // 2, (centre + 1) // 2
    while l >= 0 and r < n and call[l] == call[r]:
        total += 1
        l -= 1
        r += 1
print(total)
