# Plain recursion over every path: about 3^rows calls.
def solve(risk):
    rows, cols = len(risk), len(risk[0])

    def cheapest_from(i, j):
        if i == rows - 1:
            return risk[i][j]
        return risk[i][j] + min(cheapest_from(i + 1, k) for k in (j - 1, j, j + 1) if 0 <= k < cols)

    return min(cheapest_from(0, j) for j in range(cols))
