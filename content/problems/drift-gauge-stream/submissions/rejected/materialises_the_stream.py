# Mistake: list(readings) to be able to index it: on an endless stream the list grows until memory runs
# out (sample/2, itertools.count: Memory Limit Exceeded), and it is never lazy.
def drift_totals(readings, size):
    if size < 1:
        raise ValueError("bad size")
    values = list(readings)
    total = sum(values[:size])
    if len(values) >= size:
        yield total
    for i in range(size, len(values)):
        total += values[i] - values[i - size]
        yield total
