# O(n * m): adds d to every segment of every pass; ~5 * 10^9 updates on secret/10-large-wide.
def solve(n, passes):
    depth = [0] * n
    for l, r, d in passes:
        for i in range(l, r + 1):
            depth[i] += d
    return depth
