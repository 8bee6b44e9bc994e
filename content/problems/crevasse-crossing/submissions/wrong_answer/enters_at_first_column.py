# Lets the team enter only at the top-left cell, not at any cell of the top row.
def solve(risk):
    width = len(risk[0])
    inf = float("inf")
    best = [risk[0][0]] + [inf] * (width - 1)
    for row in risk[1:]:
        best = [row[j] + min(best[max(0, j - 1) : j + 2]) for j in range(width)]
    return min(best)
