# Counts ordered pairs (i, j) and (j, i) both: twice the answer on every test case, so 0 points.
from collections import Counter

input()
xs = list(map(int, input().split()))
count = Counter(xs)
print(sum(count[x] * count[-x] for x in count if x != 0) + count[0] * (count[0] - 1))
