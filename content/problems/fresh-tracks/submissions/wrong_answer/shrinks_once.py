# On a repeat, drops only the window's first run instead of every run up to the earlier occurrence.
def solve(runs):
    window, best, start = set(), 0, 0
    for i, run in enumerate(runs):
        if run in window:
            window.discard(runs[start])
            start += 1
        window.add(run)
        best = max(best, i - start + 1)
    return best
