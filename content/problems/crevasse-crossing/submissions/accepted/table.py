# Bottom-up: best[j] is the least risk of any path from the top row to cell j of the current row.
def solve(risk):
    best = list(risk[0])
    width = len(best)
    for row in risk[1:]:
        best = [row[j] + min(best[max(0, j - 1) : j + 2]) for j in range(width)]
    return min(best)
