def solve(n, passes):
    delta = [0] * (n + 1)  # delta[n] absorbs the end of passes that reach the last segment
    for l, r, d in passes:
        delta[l] += d
        delta[r + 1] -= d
    out, running = [], 0
    for i in range(n):
        running += delta[i]
        out.append(running)
    return out
