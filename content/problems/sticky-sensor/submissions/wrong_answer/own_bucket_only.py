# Mistake: checks only the reading's own bucket; close readings just across a bucket border are
# missed. Caught by sample/1 and secret/08-neighbour-bucket.
def solve(readings, k, t):
    width = t + 1
    buckets = {}
    for j, x in enumerate(readings):
        if x // width in buckets:
            return j
        buckets[x // width] = x
        if j >= k:
            del buckets[readings[j - k] // width]
    return -1
