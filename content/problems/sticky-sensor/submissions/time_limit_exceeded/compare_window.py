# O(n * k): compares each reading with the k before it; 5 * 10^9 comparisons on
# secret/18-large-alarm-at-end.
def solve(readings, k, t):
    for j in range(len(readings)):
        x = readings[j]
        for i in range(max(0, j - k), j):
            if abs(readings[i] - x) <= t:
                return j
    return -1
