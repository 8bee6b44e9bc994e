# O(n * k): the maximum of the whole window every hour, ~5 * 10^9 readings for n = k = 10^5.
def solve(readings, k):
    return [max(readings[max(0, i - k + 1) : i + 1]) for i in range(len(readings))]
