# Counts the different runs of the whole season, not of one stretch of consecutive descents.
def solve(runs):
    return len(set(runs))
