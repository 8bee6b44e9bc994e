# Mistake: itertools.groupby over the log without sorting it first: only NEIGHBOURING calls with the
# same key are grouped, so a key that comes back later makes a second group.
# Caught by sample/1 and secret/06-far-apart.
import itertools
import sys

data = sys.stdin.read().split()
n = int(data[0])
keyed = [("".join(sorted(data[i])), i) for i in range(1, n + 1)]
groups = [[i for _, i in run] for _, run in itertools.groupby(keyed, key=lambda p: p[0])]
print(len(groups))
for calls in groups:
    print(len(calls), *calls)
