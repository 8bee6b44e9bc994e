# Mistake: compares the sets of letters, not their counts. Caught by secret/04-counts-not-sets.
def solve(trail, herd):
    m, want = len(herd), set(herd)
    return [i for i in range(len(trail) - m + 1) if set(trail[i : i + m]) == want]
