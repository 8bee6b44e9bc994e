# Mistake: drops the oldest reading one step too early, so only k - 1 readings are compared.
# Caught by sample/1 and secret/06-exactly-k-back.
def solve(readings, k, t):
    width = t + 1
    buckets = {}
    for j, x in enumerate(readings):
        b = x // width
        near = [buckets.get(b - 1), buckets.get(b), buckets.get(b + 1)]
        if any(y is not None and abs(x - y) <= t for y in near):
            return j
        buckets[b] = x
        if j - k + 1 >= 0:
            del buckets[readings[j - k + 1] // width]
    return -1
