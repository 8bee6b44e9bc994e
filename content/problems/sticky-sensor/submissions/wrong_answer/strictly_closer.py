# Mistake: "close" as < t instead of <= t. Caught by secret/04-exactly-t.
def solve(readings, k, t):
    for j in range(len(readings)):
        for i in range(max(0, j - k), j):
            if abs(readings[i] - readings[j]) < t:
                return j
    return -1
