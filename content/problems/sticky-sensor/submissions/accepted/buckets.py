def solve(readings, k, t):
    width = t + 1
    buckets = {}  # bucket number -> the one reading of the last k that lies in it
    for j, x in enumerate(readings):
        b = x // width  # floor division: -3 and 3 land in different buckets
        if b in buckets:
            return j
        if b - 1 in buckets and x - buckets[b - 1] <= t:
            return j
        if b + 1 in buckets and buckets[b + 1] - x <= t:
            return j
        buckets[b] = x
        if j >= k:
            del buckets[readings[j - k] // width]
    return -1
