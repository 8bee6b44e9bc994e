# O(n^2): compares every pair of markers; 5 * 10^9 pairs on the largest tests.
def solve(altitudes, k):
    n = len(altitudes)
    pairs = 0
    for i in range(n):
        a = altitudes[i]
        for j in range(i + 1, n):
            if abs(a - altitudes[j]) == k:
                pairs += 1
    return pairs
