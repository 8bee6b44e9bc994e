"""Writes this package's test data (deterministic): /usr/bin/python3 generators/generate.py [package_dir]."""
import json
import os
import random
import sys

random.seed(8)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 100000


def answer(arrows):
    """Step numbers of the first visit: the first cairn seen twice is the loop's entrance."""
    first = [-1] * len(arrows)
    at, step = 0, 0
    while first[at] < 0:
        first[at] = step
        at, step = arrows[at], step + 1
    return [at, step - first[at]]


def rho(n, tail, loop, extra_loops=True):
    """n cairns: 0 leads along a tail of `tail` cairns into a loop of `loop` cairns; the other cairns
    (labels shuffled, never 0) point anywhere, often into loops of their own."""
    labels = list(range(1, n))
    random.shuffle(labels)
    path = [0] + labels[: tail + loop - 1]
    rest = labels[tail + loop - 1 :]
    arrows = [0] * n
    for a, b in zip(path, path[1:]):
        arrows[a] = b
    arrows[path[-1]] = path[tail]
    for i, c in enumerate(rest):
        arrows[c] = rest[(i + 1) % len(rest)] if extra_loops else random.randrange(n)
    return arrows


def write(path, arrows, expected=None):
    got = answer(arrows)
    if expected is not None:
        assert got == expected, (got, expected)
    with open(os.path.join(root, "data", path + ".in"), "w") as f:
        f.write(json.dumps([arrows], separators=(",", ":")) + "\n")
    with open(os.path.join(root, "data", path + ".ans"), "w") as f:
        f.write(json.dumps(got) + "\n")


write("sample/1", [1, 2, 3, 4, 2], [2, 3])
write("sample/2", [2, 0, 1], [0, 3])
write("secret/01-single-cairn", [0], [0, 1])
# A tail into a cairn that points at itself.
write("secret/02-tail-into-self-loop", [1, 2, 3, 3], [3, 1])
write("secret/03-two-cairns", [1, 0], [0, 2])
# Tail 3, loop 5: Floyd's meeting point is not the entrance (returning it is wrong).
write("secret/04-meeting-point-is-not-entrance", [1, 2, 3, 4, 5, 6, 7, 3], [3, 5])
# Cairns 0 never reaches sit on loops of their own: scanning the whole array for loops is wrong.
write("secret/05-other-loops-elsewhere", [4, 2, 1, 3, 5, 6, 4, 0], [4, 3])
# The walk passes many cairns before the loop, which is short: cairns seen != loop length.
write("secret/06-long-tail-short-loop", [1, 2, 3, 4, 5, 6, 7, 8, 9, 8], [8, 2])
for i in range(7, 13):
    n = random.randint(2, 40)
    tail = random.randint(0, n - 1)
    loop = random.randint(1, n - tail)
    write(f"secret/{i:02d}-small-random", rho(n, tail, loop, i % 2 == 0))
# A random map: tail and loop near sqrt(n).
write("secret/13-large-random-map", [random.randrange(30000) for _ in range(30000)])
# Maximum size, tail and loop of n / 2 each: a walk that checks a list of visited cairns is ~10^10 steps.
write("secret/14-large-half-tail-half-loop", rho(N, N // 2, N // 2))
# The loop is everything but cairn 0.
write("secret/15-large-loop-after-one-step", rho(30000, 1, 29999))
# Maximum size, the walk ends in a cairn pointing at itself after n - 1 steps.
write("secret/16-large-tail-into-self-loop", rho(N, N - 1, 1))
# Every cairn on one loop through 0.
write("secret/17-large-one-big-loop", rho(30000, 0, 30000))
