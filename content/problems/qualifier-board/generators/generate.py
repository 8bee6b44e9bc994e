"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import heapq
import json
import os
import random
import sys

random.seed(5)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 200000
BIG = 10**9


def answer(scores, k):
    """After each jump from the k-th on, the k-th highest score so far."""
    best = []  # min-heap of the k highest scores so far
    marks = []
    for i, s in enumerate(scores):
        if len(best) < k:
            heapq.heappush(best, s)
        elif s > best[0]:
            heapq.heapreplace(best, s)
        if i >= k - 1:
            marks.append(best[0])
    return marks


def write(path, scores, k, expected=None):
    got = answer(scores, k)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([scores, k], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got, separators=(",", ":")) + "\n")


write("sample/1", [120, 95, 130, 110, 140], 3, [95, 110, 120])
write("sample/2", [50, 50, 40, 50], 3, [40, 50])
write("secret/01-single", [7], 1, [7])
# k = n: one mark, the lowest score of all.
write("secret/02-everyone-qualifies", [5, -3, 8, 1], 4, [-3])
# k = 1: the mark is the best score so far.
write("secret/03-best-so-far", [3, 9, 2, 9, 10], 1, [3, 9, 9, 9, 10])
# All below zero: a board pre-filled with zeros reports 0.
write("secret/04-all-negative", [-10, -20, -5, -30], 2, [-20, -10, -10])
write("secret/05-all-equal", [4, 4, 4, 4, 4], 3, [4, 4, 4])
write("secret/06-extremes", [-BIG, BIG, -BIG, BIG], 2, [-BIG, -BIG, BIG])
# A new leader pushes the old k-th out; the new k-th is the old (k-1)-th, not the newcomer.
write("secret/07-leader-pushes-out", [10, 20, 30, 40, 25], 3, [10, 20, 25])
write("secret/08-falling", [10, 9, 8, 7, 6], 2, [9, 9, 9, 9])
write("secret/09-small-random", [random.randint(-5, 5) for _ in range(300)], 10)
write("secret/10-small-random-wide", [random.randint(-BIG, BIG) for _ in range(300)], 100)
# Maximum size, k = 1 (the smallest k): a running maximum.
write("secret/11-large-best-so-far", [random.randint(-1000, 1000) for _ in range(N)], 1)
# Maximum size, k in the middle: sorting the board after every jump sorts ~10^5 scores 10^5 times.
write("secret/12-large-random-half", [random.randint(-10**6, 10**6) for _ in range(N)], N // 2)
# Maximum size, k = n (the largest k): one mark at the very end.
write("secret/13-large-everyone-qualifies", [random.randint(-1000, 1000) for _ in range(N)], N)
# Maximum size, rising: every jump enters the top k and pushes the k-th out. With k = n / 2 a sorted
# list that inserts at one end and drops at the other moves ~10^5 entries per jump (~10^10 in all).
write("secret/14-large-rising", list(range(-N, 0)), N // 2)
# Half the maximum size, falling: after the first k jumps, no jump reaches the board.
write("secret/15-large-falling", list(range(N // 2, 0, -1)), 1000)
# Maximum size, three distinct scores: ties at the mark all the time.
write("secret/16-large-ties", [random.choice([-1, 0, 1]) for _ in range(N)], 30000)
