# Off by one: counts the run of equal ratings from 0, so "run <= 2" keeps three copies.
# Caught by sample 1.
def solve(bars):
    shown = []
    run = 0
    for i, b in enumerate(bars):
        run = run + 1 if i > 0 and b == bars[i - 1] else 0
        if run <= 2:
            shown.append(b)
    return shown
