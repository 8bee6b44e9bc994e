"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(5)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer(risk):
    best = list(risk[0])
    c = len(best)
    for row in risk[1:]:
        best = [row[j] + min(best[max(0, j - 1) : min(c, j + 2)]) for j in range(c)]
    return min(best)


def write(path, risk, expected=None):
    got = answer(risk)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([risk], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


def grid(r, c, top=100):
    return [[random.randint(0, top) for _ in range(c)] for _ in range(r)]


write("sample/1", [[4, 1, 3], [2, 8, 6], [5, 2, 9]], 5)
write("secret/01-one-cell", [[7]], 7)
write("secret/02-one-row", [[5, 3, 9, 3]], 3)
write("secret/03-one-column", [[1], [2], [3], [4]], 10)
# The cheapest first cell leads into expensive rows; greedy from it answers 1 + 50 + 50 = 101.
write("secret/04-greedy-trap", [[1, 2, 9], [50, 50, 0], [50, 50, 0]], 2)
write("secret/05-zeros", [[0] * 5 for _ in range(5)], 0)
write("secret/06-small-random", grid(8, 6))
write("secret/07-wide", grid(3, 300))
write("secret/08-tall", grid(300, 2))
# 300 x 300: trying every path is 3^299 work; memoised recursion or a table is 9 * 10^4.
write("secret/09-large", grid(300, 300, 99))
# Stepping off one edge onto the other would cost 0; inside the map the best is 9.
write("secret/10-no-wrap-around", [[0, 9, 9, 100], [100, 9, 9, 0]], 9)
# The best entry is the last cell of the top row, the far side from where a scan starts.
write("secret/11-enter-at-last-column", [[50, 50, 50, 1], [50, 50, 50, 1], [50, 50, 50, 1]], 3)
