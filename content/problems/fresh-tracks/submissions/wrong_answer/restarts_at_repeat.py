# On a repeat, throws the whole window away and starts again at the repeated run, losing the runs
# between the two occurrences that could have stayed.
def solve(runs):
    seen, best = set(), 0
    for run in runs:
        if run in seen:
            seen = set()
        seen.add(run)
        best = max(best, len(seen))
    return best
