def solve(log):
    first = {(0, 0): 0}  # (A - B, B - C) -> the first day it was seen; day 0 is before the log
    a = b = c = best = 0
    for day, ch in enumerate(log, 1):
        if ch == "a":
            a += 1
        elif ch == "b":
            b += 1
        elif ch == "c":
            c += 1
        key = (a - b, b - c)
        seen = first.get(key)
        if seen is None:
            first[key] = day
        elif day - seen > best:
            best = day - seen
    return best
