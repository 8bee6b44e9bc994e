def solve(pings):
    result = 0
    for p in pings:
        result ^= p  # pairs cancel: x ^ x == 0, in any order
    return result
