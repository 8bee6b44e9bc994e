# O(n * m log m): sorts every window and compares it with the sorted herd; with m = n / 2
# (secret/10-large-half-trail) that is far beyond the limit.
def solve(trail, herd):
    m, want = len(herd), sorted(herd)
    return [i for i in range(len(trail) - m + 1) if sorted(trail[i : i + m]) == want]
