# Mistake: "close" as < t instead of <= t. Caught by sample/1 (250 and 230 differ by exactly 20) and
# secret/04-exactly-t.
def solve(readings, k, t):
    for j in range(len(readings)):
        for i in range(max(0, j - k), j):
            if abs(readings[i] - readings[j]) < t:
                return j
    return -1
