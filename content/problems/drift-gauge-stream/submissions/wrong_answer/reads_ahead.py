# Mistake: not a generator function: it reads the first window when called, before anyone asks for a
# total, then returns a generator for the rest. Caught by secret/01-takes-only-what-it-needs.
from itertools import islice


def drift_totals(readings, size):
    if size < 1:
        raise ValueError("bad size")
    stream = iter(readings)
    window = list(islice(stream, size))

    def rest(window):
        if len(window) < size:
            return
        total = sum(window)
        yield total
        for reading in stream:
            total += reading - window.pop(0)
            window.append(reading)
            yield total

    return rest(window)
