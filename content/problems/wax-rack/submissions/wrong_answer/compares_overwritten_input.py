# In-place trap: compares with bars[read - 2], but the kept part has already overwritten that slot,
# so the comparison sees a rating that is no longer two places back in the input.
# Caught by secret/05-overwritten-input.
def solve(bars):
    write = 0
    for read in range(len(bars)):
        if read < 2 or bars[read - 2] != bars[read]:
            bars[write] = bars[read]
            write += 1
    del bars[write:]
    return bars
