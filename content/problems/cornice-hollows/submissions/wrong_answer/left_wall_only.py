# Mistake: looks only at the highest ridge to the left; snow on a slope falling to the right has
# nothing to hold it. Caught by sample 2 and secret/04-falling.
def solve(heights):
    top = snow = 0
    for h in heights:
        top = max(top, h)
        snow += top - h
    return snow
