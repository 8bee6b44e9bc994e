"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(21)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000
BIG = 10**9


def answer(poles):
    """The largest (j - i) * min(poles[i], poles[j]): move the shorter pole inwards."""
    i, j, best = 0, len(poles) - 1, 0
    while i < j:
        best = max(best, (j - i) * min(poles[i], poles[j]))
        if poles[i] < poles[j]:
            i += 1
        else:
            j -= 1
    return best


def brute(poles):
    n = len(poles)
    return max((j - i) * min(poles[i], poles[j]) for i in range(n) for j in range(i + 1, n))


def write(path, poles, expected=None):
    got = answer(poles)
    if expected is not None:
        assert got == expected, (got, expected)
    if len(poles) <= 300:
        assert brute(poles) == got
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([poles], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [2, 7, 3, 1, 6, 4], 18)
write("sample/2", [5, 5], 5)
write("secret/01-two-poles", [0, BIG], 0)
write("secret/02-all-zero", [0, 0, 0], 0)
# The two tallest poles stand side by side; a wide pair of short poles wins.
write("secret/03-wide-beats-tall", [3, 1, 1, 9, 9, 1, 1, 3], 21)
# The best pair is the two ends.
write("secret/04-ends", [6, 1, 2, 1, 6], 24)
# Moving the taller pole inwards first loses the best pair.
write("secret/05-move-the-shorter", [2, 9, 4, 1, 6, 3, 9, 2, 5, 1])
write("secret/06-rising", list(range(1, 21)), 100)
write("secret/07-falling", list(range(20, 0, -1)), 100)
write("secret/08-small-random", [random.randint(0, 50) for _ in range(300)])
# Every pole 10^9: the two ends give 10^9 * (n - 1), about 3 * 10^13, past 32 bits.
write("secret/09-large-all-tall", [BIG] * 30000, BIG * 29999)
# Maximum size, random: checking every pair is 5 * 10^9 products.
write("secret/10-large-random", [random.randint(0, 10**6) for _ in range(N)])
# Maximum size, a tall pair hidden in the middle of short poles.
mid = [random.randint(0, 100) for _ in range(N)]
mid[N // 2 - 10], mid[N // 2 + 10] = 10**6, 10**6
write("secret/11-large-tall-pair-in-the-middle", mid)
