# O(n * g): compares each call with one sign of every group found so far; 5 * 10^9 comparisons
# on secret/10-large-distinct, where nearly every sign is its own group.
import sys

data = sys.stdin.read().split()
n = int(data[0])
reps, groups = [], []
for i in range(1, n + 1):
    key = sorted(data[i])
    for g, rep in enumerate(reps):
        if rep == key:
            groups[g].append(i)
            break
    else:
        reps.append(key)
        groups.append([i])
print(len(groups))
for calls in groups:
    print(len(calls), *calls)
