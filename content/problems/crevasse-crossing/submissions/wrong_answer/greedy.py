# Enters at the safest top cell and always steps to the safest cell below: misses better paths.
def solve(risk):
    cols = len(risk[0])
    j = min(range(cols), key=lambda k: risk[0][k])
    total = risk[0][j]
    for row in risk[1:]:
        j = min((k for k in (j - 1, j, j + 1) if 0 <= k < cols), key=lambda k: row[k])
        total += row[j]
    return total
