# O(n^2): right, and fast enough for group 1 (n <= 100), far too slow for group 2 (n = 50 000).
# Expected: 30 of 100 points.
n = int(input())
xs = list(map(int, input().split()))
pairs = 0
for i in range(n):
    for j in range(i + 1, n):
        if xs[i] + xs[j] == 0:
            pairs += 1
print(pairs)
