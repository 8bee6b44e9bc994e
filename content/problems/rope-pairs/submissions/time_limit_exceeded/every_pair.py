# O(n^2): fine on the small cases, ~5 * 10^9 comparisons on 10^5 climbers.
def solve(weights, gap):
    n = len(weights)
    return sum(1 for i in range(n) for j in range(i + 1, n) if abs(weights[i] - weights[j]) == gap)
