# Prefix sums and a count of the prefixes seen so far: a stretch i..j has net change k exactly when
# prefix[j + 1] - prefix[i] = k. The empty prefix (0) is counted once before the first minute.
def solve(changes, k):
    seen = {0: 1}
    prefix = count = 0
    for c in changes:
        prefix += c
        count += seen.get(prefix - k, 0)
        seen[prefix] = seen.get(prefix, 0) + 1
    return count
