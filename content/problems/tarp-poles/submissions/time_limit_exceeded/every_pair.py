# O(n^2): every pair of poles, 5 * 10^9 pairs on secret/10-large-random (and 4.5 * 10^8 already on
# secret/09-large-all-tall).
def solve(poles):
    best = 0
    n = len(poles)
    for i in range(n):
        for j in range(i + 1, n):
            area = (j - i) * min(poles[i], poles[j])
            if area > best:
                best = area
    return best
