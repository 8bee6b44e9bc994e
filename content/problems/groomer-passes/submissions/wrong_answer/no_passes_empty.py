# Mistake: returns an empty list when there are no passes, instead of n zeros.
# Caught by sample/2 and secret/02-no-passes.
def solve(n, passes):
    if not passes:
        return []
    delta = [0] * (n + 1)
    for l, r, d in passes:
        delta[l] += d
        delta[r + 1] -= d
    out, running = [], 0
    for i in range(n):
        running += delta[i]
        out.append(running)
    return out
