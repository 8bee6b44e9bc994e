# O(n * answer): from every start, walk on while the storms allow; ~4 * 10^9 days on
# secret/11-large-all-bluebird onwards (the streak runs to the end of the season from every start).
def solve(days, k):
    best = 0
    for start in range(len(days)):
        storms = 0
        end = start
        while end < len(days):
            if days[end] == "S":
                storms += 1
                if storms > k:
                    break
            end += 1
        best = max(best, end - start)
    return best
