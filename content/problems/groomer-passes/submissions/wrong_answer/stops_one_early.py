# Mistake: delta[r] -= d, so each pass stops one segment before r (a one-segment pass vanishes).
# Caught by sample/1 and secret/01-single-segment.
def solve(n, passes):
    delta = [0] * (n + 1)
    for l, r, d in passes:
        delta[l] += d
        delta[r] -= d
    out, running = [], 0
    for i in range(n):
        running += delta[i]
        out.append(running)
    return out
