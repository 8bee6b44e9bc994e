# Mistake: after sorting, compares pings in pairs (i, i + 1) but never expects the odd one to be the
# last: it reads past the end. Crashes (IndexError) on sample/1 (the three 41s sort last) and
# secret/05-odd-is-largest.
def solve(pings):
    s = sorted(pings)
    i = 0
    while True:
        if s[i] != s[i + 1]:
            return s[i]
        i += 2
