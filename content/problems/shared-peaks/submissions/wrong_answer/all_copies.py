# Mistake: keeps every copy from my list that appears anywhere in yours (the larger count, not the
# smaller). Caught by secret/05-repeats.
def solve(mine, yours):
    theirs = set(yours)
    return [h for h in mine if h in theirs]
