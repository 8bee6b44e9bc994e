# Order mistake: records the current prefix before looking up prefix - k, so with k = 0 each minute
# also matches itself (an empty stretch). Caught by secret/04-k-zero-none.
def solve(changes, k):
    seen = {0: 1}
    prefix = count = 0
    for c in changes:
        prefix += c
        seen[prefix] = seen.get(prefix, 0) + 1
        count += seen.get(prefix - k, 0)
    return count
