# Mistake: the key is the SET of letters, so "aab" and "abb" share a group.
# Caught by sample/2 and secret/04-multiplicity.
import sys

data = sys.stdin.read().split()
n = int(data[0])
by_key = {}
for i in range(1, n + 1):
    by_key.setdefault(frozenset(data[i]), []).append(i)
print(len(by_key))
for calls in by_key.values():
    print(len(calls), *calls)
