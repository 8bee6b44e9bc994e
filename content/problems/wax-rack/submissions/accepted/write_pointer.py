# Read/write pointers in place: a bar is kept unless the bar two places back in the KEPT part has the
# same rating (the list is sorted, so then there are already two of them).
def solve(bars):
    write = 0
    for b in bars:
        if write < 2 or bars[write - 2] != b:
            bars[write] = b
            write += 1
    del bars[write:]
    return bars
