"""Two passes over one stream with itertools.tee: the leading copy adds, the trailing one subtracts."""
from itertools import islice, tee


def drift_totals(readings, size):
    if size < 1:
        raise ValueError("the window needs at least one reading")
    lead, trail = tee(readings)
    first = list(islice(lead, size))
    if len(first) < size:
        return
    total = sum(first)
    yield total
    for new, old in zip(lead, trail):
        total += new - old
        yield total
